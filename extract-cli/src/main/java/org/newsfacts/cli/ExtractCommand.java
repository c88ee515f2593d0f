package org.newsfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsfacts.engine.Extractor;
import org.newsfacts.formats.ArticleFormat;
import org.newsfacts.formats.ArticleReader;
import org.newsfacts.model.Fact;
import org.newsfacts.model.RawArticle;

/**
 * {@code extract FILE|DIR... [--date YYYY-MM-DD]}: reads each file as the inbox does (text, Markdown,
 * HTML, JSON, JSON Lines; a folder's files in name order, not its subfolders, files of other kinds skipped), runs the
 * engine and prints every fact as one JSON line in the export's shape, {@code evidence.source} the
 * file's name. The article's date is its dateline, else {@code --date}, else its published date,
 * else today. A file the inbox would refuse is reported on stderr with its reason; the others go on.
 */
final class ExtractCommand {

    /** The largest file read, as the inbox takes it. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The date an article is read against (its dateline still wins in the engine): {@code given}, else its published date, else today. */
    static LocalDate articleDate(RawArticle article, LocalDate given) {
        return given != null
                ? given
                : article.publishedAt() != null
                        ? article.publishedAt().atZone(ZoneOffset.UTC).toLocalDate()
                        : LocalDate.now(ZoneOffset.UTC);
    }

    private ExtractCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        LocalDate date = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--date")) {
                if (i + 1 >= args.length) {
                    throw new Main.UsageException("--date needs a date (YYYY-MM-DD)");
                }
                try {
                    date = LocalDate.parse(args[++i]);
                } catch (DateTimeParseException e) {
                    throw new Main.UsageException("--date '" + args[i] + "' is not a date of the form YYYY-MM-DD");
                }
            } else if (args[i].startsWith("--")) {
                throw new Main.UsageException("unknown option " + args[i]);
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            throw new Main.UsageException("name at least one file or folder");
        }
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ArticleReader reader = new ArticleReader(json);
        Extractor extractor = Extractor.standard();
        int failed = 0;
        int articles = 0;
        int facts = 0;
        for (Path file : files(inputs, err)) {
            ArticleReader.Read read;
            try {
                read = reader.read(
                        file.getFileName().toString(),
                        ArticleFormat.ofFileName(file.getFileName().toString()).orElseThrow(),
                        Files.readAllBytes(file),
                        MAX_BYTES);
            } catch (IOException e) {
                err.println(file + ": cannot be read: " + e.getMessage());
                failed++;
                continue;
            }
            if (read instanceof ArticleReader.Refused refused) {
                err.println(file + ": refused: " + refused.reason());
                failed++;
                continue;
            }
            for (RawArticle article : ((ArticleReader.Articles) read).articles()) {
                List<Fact> found = extractor.extract(article.body(), articleDate(article, date));
                for (Fact f : found) {
                    try {
                        out.println(json.writeValueAsString(f.withEvidenceOf(article.id(), article.source())));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                articles++;
                facts += found.size();
            }
        }
        out.flush();
        err.printf(
                "%d facts from %d articles%s%n", facts, articles, failed > 0 ? "; " + failed + " files refused" : "");
        return failed > 0 ? 1 : 0;
    }

    /** The files named, and the article files directly inside the folders named (in name order, as the inbox takes them). */
    private static List<Path> files(List<Path> inputs, PrintStream err) {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.list(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> ArticleFormat.ofFileName(
                                            p.getFileName().toString())
                                    .isPresent())
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (!Files.isRegularFile(input)) {
                throw new Main.UsageException(input + ": no such file or folder");
            } else if (ArticleFormat.ofFileName(input.getFileName().toString()).isEmpty()) {
                throw new Main.UsageException(
                        input + ": not an article file (accepted: " + ArticleFormat.acceptedExtensions() + ")");
            } else {
                out.add(input);
            }
        }
        return out;
    }
}
