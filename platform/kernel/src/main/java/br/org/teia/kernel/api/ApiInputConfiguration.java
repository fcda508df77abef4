package br.org.teia.kernel.api;

import br.org.teia.kernel.security.PlainText;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How REST bodies are read, in one place for every endpoint: a text with a control character
 * ({@link PlainText}) is refused with {@link ControlCharacterException} (the exception handler
 * answers 400 naming the field), and a number with a fraction is not silently cut to an integer
 * ({@code 1.5} for an integer field is refused, not read as 1).
 */
@Configuration(proxyBeanMethods = false)
class ApiInputConfiguration {

  @Bean
  JsonMapperBuilderCustomizer teiaInputRules() {
    SimpleModule plainText = new SimpleModule("teia-plain-text");
    plainText.addDeserializer(String.class, new PlainTextDeserializer());
    return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).addModule(plainText);
  }

  /** Jackson's own string reading, then the {@link PlainText} check. */
  static final class PlainTextDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      String text = super.deserialize(parser, context);
      if (text != null && !PlainText.isAllowed(text)) {
        throw new ControlCharacterException(parser);
      }
      return text;
    }
  }

  /** A text field holding a control character; Jackson adds the field's path on the way out. */
  static final class ControlCharacterException extends MismatchedInputException {
    ControlCharacterException(JsonParser parser) {
      super(parser, "text with a control character", String.class);
    }
  }
}
