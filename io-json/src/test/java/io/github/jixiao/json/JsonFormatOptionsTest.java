package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.ModelException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** The JSON format's own settings. */
class JsonFormatOptionsTest {
  @Test
  void theJsonSettingsHaveDefaultsAndAreFoundInTheGenericOptions() {
    assertThat(JsonReadOptions.of(ReadOptions.defaults())).isSameAs(JsonReadOptions.defaults());
    assertThat(JsonReadOptions.defaults().getMaxNumberLength()).isEqualTo(64);
    assertThat(JsonReadOptions.defaults().isIgnoreUnknownFields()).isFalse();
    assertThat(JsonWriteOptions.of(WriteOptions.defaults()).getBatchLayout()).isEqualTo(JsonWriteOptions.BatchLayout.LINES);

    JsonReadOptions lenient = JsonReadOptions.builder().ignoreUnknownFields(true).build();
    assertThat(JsonReadOptions.of(ReadOptions.builder().with(lenient).build())).isEqualTo(lenient);
    JsonWriteOptions array = JsonWriteOptions.builder().batchLayout(JsonWriteOptions.BatchLayout.ARRAY).build();
    WriteOptions options = WriteOptions.builder().pretty(false).with(array).build();
    assertThat(options.find(JsonWriteOptions.class)).contains(array);
    assertThat(WriteOptions.builder().from(options).build()).isEqualTo(options);
    assertThatThrownBy(() -> JsonReadOptions.builder().maxNumberLength(0).build()).isInstanceOf(ModelException.class)
        .hasMessageContaining("JsonReadOptions.maxNumberLength");
  }

  @Test
  void writeOptionsWithJsonSettingsSurviveSerialization() throws IOException, ClassNotFoundException {
    WriteOptions options = WriteOptions.builder()
        .with(JsonWriteOptions.builder().batchLayout(JsonWriteOptions.BatchLayout.ARRAY).build()).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(options);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(options);
    }
  }
}
