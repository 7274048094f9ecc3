package dev.broadsheet.picks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A pick's tags: a list, or one text, as other site generators' front matter often gives them
 * ({@code tags: "climate, energy"}), whose commas part the tags. A tag holding a comma was never
 * meant: that text is a list written on one line.
 */
final class TagList extends JsonDeserializer<List<String>> {
  @Override
  public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return Arrays.stream(p.getText().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
    return ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, String.class));
  }
}
