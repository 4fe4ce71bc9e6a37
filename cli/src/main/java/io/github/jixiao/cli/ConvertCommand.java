package io.github.jixiao.cli;

import io.github.jixiao.format.Capability;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jixiao convert IN OUT}: between any two formats on the class path, a disclosure or a
 * batch; OUT's extension picks the format that writes it, and that format's capabilities for the
 * extension say whether it holds a disclosure or a batch of items.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Converts between formats, chosen by the extension of OUT: Word (.docx), Excel (.xlsx) and JSON (.json; .jsonl for one "
          + "item per line) come with the tool, PDF (.pdf) is read as IN, and a format module on the class path adds its own. A disclosure "
          + "stays a disclosure where OUT can hold one (in .jsonl its sheets are written, its list is not); a batch "
          + "of items becomes a Word document of sheets or a JSON array.",
      "Content the reader cannot place in the model is printed to standard error as read warnings, one line "
          + "each, and the conversion goes on; with --strict such an input is refused (exit code 2, no OUT written).",
      "OUT is written whole or not at all: an input that fails half-way (exit code 2) leaves OUT as it was. "
          + "OUT must not be IN (also through a link)."
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

  @Option(names = "--lang", defaultValue = "zh", description = "language of the tool's messages: zh or en (default: ${DEFAULT-VALUE})")
  private ValidateCommand.Language lang;

  @Parameters(paramLabel = "IN OUT", arity = "1..2", description = "input and output files (OUT alone with --sample)")
  private List<Path> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Phrases say = Phrases.of(lang);
    if (paths.size() != (sample ? 1 : 2)) {
      err.println("jixiao: " + say.get("convert.usage"));
      return Main.UNUSABLE;
    }
    Path out = paths.get(paths.size() - 1);
    String ext = Inputs.extension(out);
    FormatRegistry formats = main.formats();
    FormatProvider target = formats.providers().stream()
        .filter(f -> !ext.isEmpty() && f.capabilities(ext).stream().anyMatch(Capability::isWrite))
        .findFirst().orElse(null);
    if (target == null) {
      err.println("jixiao: " + say.get("convert.badExtension", Escapes.text(out.toString()), Inputs.extensions(formats, Capability::isWrite, say)));
      return Main.UNUSABLE;
    }
    if (!sample) {
      Optional<Path> input = Outputs.sameAsAnInput(out, List.of(paths.get(0)));
      if (input.isPresent()) {
        err.println("jixiao: " + say.get("output.isInput", Escapes.text(out.toString()), Escapes.text(input.get().toString()), "OUT"));
        return Main.UNUSABLE;
      }
    }
    Set<Capability> can = target.capabilities(ext);
    Inputs.Content content;
    String in = sample ? Inputs.SAMPLE_NAME : paths.get(0).toString();
    try {
      content = sample
          ? new Inputs.Whole(Inputs.sample())
          : Inputs.read(paths.get(0), formats, Inputs.options(strict), w -> err.println(Warnings.forStandardError(in, w, say)), say);
    } catch (FormatException e) {
      err.println("jixiao: " + Escapes.text(e.withSource(in).getMessage()));
      return Main.UNUSABLE;
    }
    boolean whole = content instanceof Inputs.Whole && can.contains(Capability.WRITE_DISCLOSURE);
    if (!whole && !can.contains(Capability.WRITE_ITEMS)) {
      err.println("jixiao: " + say.get(content instanceof Inputs.Whole ? "convert.cannotHoldDisclosure" : "convert.cannotHoldBatch",
          Escapes.text(out.toString()), Escapes.text(ext)));
      return Main.UNUSABLE;
    }
    DocumentWriter writer = target.writer(WriteOptions.defaults(), ext);
    try {
      // written whole or not at all: a batch is read while it is written, and an input refused
      // half-way (or any failure, running out of memory included) leaves OUT as it was
      Outputs.write(out, stream -> {
        if (whole) {
          writer.writeDisclosure(((Inputs.Whole) content).disclosure(), stream);
          return;
        }
        try (ItemWriter items = writer.openItems(new NonClosing(stream))) {
          if (content instanceof Inputs.Whole) {
            Disclosure d = ((Inputs.Whole) content).disclosure();
            d.getItems().forEach(items::write);
          } else {
            ((Inputs.Batch) content).forEach(items::write, failure -> {
              throw failure;
            });
          }
        }
      });
    } catch (FormatException e) {
      err.println("jixiao: " + Escapes.text(e.getMessage()));
      return Main.UNUSABLE;
    }
    return Main.OK;
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
