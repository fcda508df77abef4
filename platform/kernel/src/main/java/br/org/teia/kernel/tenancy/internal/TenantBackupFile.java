package br.org.teia.kernel.tenancy.internal;

import br.org.teia.kernel.TeiaException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The backup file of one municipality: a zip holding each table's rows in PostgreSQL's COPY text
 * format and a manifest (format, IBGE code, the changesets the schema held in order, each table's
 * columns, row count and SHA-256, each sequence's position). Opening a file checks every digest,
 * so a damaged or altered file is refused before a restore touches the database.
 */
public final class TenantBackupFile implements AutoCloseable {

  public static final String FORMAT = "teia-tenant-backup/1";
  private static final String MANIFEST = "manifest.properties";

  public record TableDump(String name, List<String> columns, long rows, String sha256) {}

  public record Manifest(String format, String ibgeCode, List<String> changeSets, Instant createdAt,
      Map<String, Long> sequences, List<TableDump> tables) {

    /** The changelog version the schema was at, as the catalogue writes it ("count:last-id"). */
    public String version() {
      return changeSets.size() + ":" + (changeSets.isEmpty() ? "-" : changeSets.getLast());
    }
  }

  /** Writes one table's rows and says how many. */
  public interface TableRows {
    long writeTo(OutputStream out) throws IOException;
  }

  public interface Writer {
    /** Adds a table; {@code rows} writes its COPY text. Returns the row count it reported. */
    long table(String name, List<String> columns, TableRows rows) throws IOException;
  }

  public interface Contents {
    /** Writes the tables through the writer, then returns the manifest (its tables are filled in here). */
    Manifest write(Writer writer) throws IOException;
  }

  private final Path file;
  private final ZipFile zip;
  private final Manifest manifest;

  private TenantBackupFile(Path file, ZipFile zip, Manifest manifest) {
    this.file = file;
    this.zip = zip;
    this.manifest = manifest;
  }

  /** Writes the file next to {@code file} and moves it into place only when complete. */
  public static void write(Path file, Contents contents) {
    Path target = file.toAbsolutePath();
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
        List<TableDump> tables = new ArrayList<>();
        Manifest manifest = contents.write((name, columns, rows) -> {
          zip.putNextEntry(new ZipEntry("tables/" + name + ".copy"));
          MessageDigest digest = sha256();
          long count = rows.writeTo(new DigestOutputStream(unclosable(zip), digest));
          zip.closeEntry();
          tables.add(new TableDump(name, List.copyOf(columns), count, HexFormat.of().formatHex(digest.digest())));
          return count;
        });
        zip.putNextEntry(new ZipEntry(MANIFEST));
        toProperties(new Manifest(manifest.format(), manifest.ibgeCode(), manifest.changeSets(),
            manifest.createdAt(), manifest.sequences(), tables)).store(unclosable(zip), FORMAT);
        zip.closeEntry();
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException e) {
      throw new TeiaException("tenant.backup.unwritable", file, "a pasta não existe");
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(partial);
      throw new TeiaException("tenant.backup.unwritable", e, file, e.getMessage());
    } catch (RuntimeException e) {
      deleteQuietly(partial);
      throw e;
    }
  }

  /** Opens and checks a backup file: its manifest, and every table's digest and presence. */
  public static TenantBackupFile open(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new TeiaException("tenant.backup.missing", file);
    }
    ZipFile zip = null;
    try {
      zip = new ZipFile(file.toFile());
      ZipEntry entry = zip.getEntry(MANIFEST);
      if (entry == null) {
        throw new TeiaException("tenant.backup.damaged", file.getFileName());
      }
      Properties properties = new Properties();
      try (InputStream in = zip.getInputStream(entry)) {
        properties.load(in);
      }
      Manifest manifest = fromProperties(properties, file);
      for (TableDump table : manifest.tables()) {
        ZipEntry data = zip.getEntry("tables/" + table.name() + ".copy");
        if (data == null) {
          throw new TeiaException("tenant.backup.damaged", file.getFileName());
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(zip.getInputStream(data), digest)) {
          in.transferTo(OutputStream.nullOutputStream());
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(table.sha256())) {
          throw new TeiaException("tenant.backup.damaged", file.getFileName());
        }
      }
      return new TenantBackupFile(file, zip, manifest);
    } catch (ZipException | IllegalArgumentException e) {
      closeQuietly(zip);
      throw new TeiaException("tenant.backup.damaged", e, file.getFileName());
    } catch (IOException e) {
      closeQuietly(zip);
      throw new TeiaException("tenant.backup.damaged", e, file.getFileName());
    } catch (RuntimeException e) {
      closeQuietly(zip);
      throw e;
    }
  }

  public Path file() {
    return file;
  }

  public Manifest manifest() {
    return manifest;
  }

  /** A table's COPY text. */
  public InputStream data(String table) throws IOException {
    return zip.getInputStream(zip.getEntry("tables/" + table + ".copy"));
  }

  @Override
  public void close() {
    closeQuietly(zip);
  }

  private static Properties toProperties(Manifest manifest) {
    Properties p = new Properties();
    p.setProperty("format", manifest.format());
    p.setProperty("ibge", manifest.ibgeCode());
    p.setProperty("changesets", String.join(",", manifest.changeSets()));
    p.setProperty("created", manifest.createdAt().toString());
    p.setProperty("tables", String.join(",", manifest.tables().stream().map(TableDump::name).toList()));
    for (TableDump table : manifest.tables()) {
      p.setProperty("table." + table.name() + ".columns", String.join(",", table.columns()));
      p.setProperty("table." + table.name() + ".rows", Long.toString(table.rows()));
      p.setProperty("table." + table.name() + ".sha256", table.sha256());
    }
    manifest.sequences().forEach((name, value) -> p.setProperty("sequence." + name, Long.toString(value)));
    return p;
  }

  private static Manifest fromProperties(Properties p, Path file) {
    if (!FORMAT.equals(p.getProperty("format"))) {
      throw new TeiaException("tenant.backup.damaged", file.getFileName());
    }
    List<TableDump> tables = new ArrayList<>();
    for (String name : list(p.getProperty("tables"))) {
      tables.add(new TableDump(name, list(required(p, "table." + name + ".columns", file)),
          Long.parseLong(required(p, "table." + name + ".rows", file)), required(p, "table." + name + ".sha256", file)));
    }
    Map<String, Long> sequences = new LinkedHashMap<>();
    p.stringPropertyNames().stream().filter(k -> k.startsWith("sequence.")).sorted()
        .forEach(k -> sequences.put(k.substring("sequence.".length()), Long.parseLong(p.getProperty(k))));
    return new Manifest(FORMAT, required(p, "ibge", file), list(required(p, "changesets", file)),
        Instant.parse(required(p, "created", file)), sequences, tables);
  }

  private static String required(Properties p, String key, Path file) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new TeiaException("tenant.backup.damaged", file.getFileName());
    }
    return value;
  }

  private static List<String> list(String value) {
    return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The zip stays open between entries: writers of one entry must not close it. */
  private static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // nothing more to do: the partial file has a name no restore accepts
    }
  }

  private static void closeQuietly(ZipFile zip) {
    if (zip != null) {
      try {
        zip.close();
      } catch (IOException ignored) {
        // already failing
      }
    }
  }
}
