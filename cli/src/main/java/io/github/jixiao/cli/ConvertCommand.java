package io.github.jixiao.cli;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.json.JsonWriteOptions;
import io.github.jixiao.model.Disclosure;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao convert IN OUT}: between Word and JSON, a disclosure or a batch. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Converts between Word (.docx) and JSON (.json; .jsonl for one item per line). A disclosure stays a "
          + "disclosure (in .jsonl its sheets are written, its list is not); a JSON batch of items becomes a Word "
          + "document of sheets or a JSON array.",
      "Content the reader cannot place in the model is printed to standard error as read warnings, one line "
          + "each, and the conversion goes on; with --strict such an input is refused (exit code 2, no OUT written)."
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Main main;

  @Option(names = "--sample", description = "convert the built-in sample county document instead of IN")
  private boolean sample;

  @Option(names = "--strict", description = "refuse an input with content the reader cannot place in the model "
      + "instead of printing read warnings")
  private boolean strict;

  @Parameters(paramLabel = "IN OUT", arity = "1..2", description = "input and output files (OUT alone with --sample)")
  private java.util.List<Path> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (paths.size() != (sample ? 1 : 2)) {
      err.println("jixiao: give IN OUT, or --sample OUT");
      return Main.UNUSABLE;
    }
    Path out = paths.get(paths.size() - 1);
    String ext = extension(out);
    if (!ext.equals("docx") && !ext.equals("json") && !ext.equals("jsonl") && !ext.equals("ndjson")) {
      err.println("jixiao: " + out + ": the output must end in .docx, .json or .jsonl");
      return Main.UNUSABLE;
    }
    Inputs.Content content;
    String in = sample ? Inputs.SAMPLE_NAME : paths.get(0).toString();
    try {
      content = sample
          ? new Inputs.Whole(Inputs.sample())
          : Inputs.read(paths.get(0), main.formats(), Inputs.options(strict), w -> err.println(Warnings.forStandardError(in, w)));
    } catch (FormatException e) {
      err.println("jixiao: " + e.withSource(in).getMessage());
      return Main.UNUSABLE;
    }
    boolean lines = ext.equals("jsonl") || ext.equals("ndjson");
    DocumentWriter writer = ext.equals("docx")
        ? new DocxFormat().writer(WriteOptions.defaults())
        : new JsonFormat().writer(WriteOptions.builder().with(JsonWriteOptions.builder()
            .batchLayout(lines ? JsonWriteOptions.BatchLayout.LINES : JsonWriteOptions.BatchLayout.ARRAY).build()).build());
    try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
      if (content instanceof Inputs.Whole && !lines) {
        writer.writeDisclosure(((Inputs.Whole) content).disclosure(), stream);
      } else {
        try (ItemWriter items = writer.openItems(new NonClosing(stream))) {
          if (content instanceof Inputs.Whole) {
            Disclosure d = ((Inputs.Whole) content).disclosure();
            d.getItems().forEach(items::write);
          } else {
            ((Inputs.Batch) content).forEach(items::write);
          }
        }
      }
    } catch (FormatException e) {
      // a batch is read while it is written: an input refused half-way leaves no half-written OUT
      Files.deleteIfExists(out);
      err.println("jixiao: " + e.getMessage());
      return Main.UNUSABLE;
    }
    return Main.OK;
  }

  private static String extension(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  /** Lets an item writer close its batch without closing the file, which try-with-resources closes. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
