package dev.broadsheet.picks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A list a pick's front matter may also give as one text, as other site generators' front matter
 * often does ({@code tags: "climate, energy"}): its commas part the items. A tag or an address
 * holding a comma was never meant: that text is a list written on one line.
 */
final class OneLineList extends JsonDeserializer<List<String>> {
  @Override
  public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return Arrays.stream(p.getText().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
    return ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, String.class));
  }
}
