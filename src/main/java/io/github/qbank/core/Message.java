package io.github.qbank.core;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A text for the reader, as a key of the resource bundle {@code io/github/qbank/core/messages} and
 * its arguments, rendered in a locale by {@link #text(Locale)}. Each argument is a string, shown as it is,
 * or a message, rendered first in the same locale. Numbers are plain strings ({@link #of} makes
 * them so): no locale ever groups {@code 1234} as {@code 1,234}.
 *
 * <p>Keys are short and stable, named by the rule or analysis that says the text, e.g.
 * {@code duplicate-section.repeats-under-parent}; code may look at a key, never at a text. Every
 * message is made with {@link #of} and its key as a string literal, so that the keys used can be
 * read from the sources ({@code MessagesTest}).
 *
 * @param key       the key of the text's pattern in the resource bundle
 * @param arguments the pattern's arguments, {@code {0}} first: each a {@link String} or a {@link Message}
 */
public record Message(String key, List<Object> arguments) {

    /**
     * The base name of the resource bundle that holds the patterns: {@code messages.properties},
     * English, is the root; a translation is one more file, {@code messages_zh_CN.properties} for
     * example, with the same keys and arguments. A pattern is a {@link MessageFormat}: a single
     * quote is written {@code ''}, and braces hold arguments only. A locale without a file of its
     * own gets the root, English, never the file of the JVM's default locale.
     */
    public static final String BUNDLE = "io.github.qbank.core.messages";

    /** Properties files only, and no detour through the default locale when a locale has none. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * The language qbank speaks for a requested locale: {@link Locale#SIMPLIFIED_CHINESE} for Chinese
     * written in simplified characters ({@code zh}, {@code zh-CN}, {@code zh-SG}, {@code zh-Hans}),
     * {@link Locale#ENGLISH} for any other, Traditional Chinese ({@code zh-TW}, {@code zh-Hant}) included.
     * @param requested the locale asked for, or {@code null}
     * @return English or Simplified Chinese
     */
    public static Locale supported(Locale requested) {
        if (requested == null || !requested.getLanguage().equals("zh")) {
            return Locale.ENGLISH;
        }
        String script = requested.getScript();
        String country = requested.getCountry();
        boolean traditional = script.equals("Hant")
                || (script.isEmpty() && (country.equals("TW") || country.equals("HK") || country.equals("MO")));
        return traditional ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * The language qbank speaks for a language tag as a user writes it: {@code zh-CN}, {@code zh_CN},
     * {@code en}; see {@link #supported(Locale)}.
     * @param tag the tag, or {@code null} or blank for the JVM's default locale
     * @return English or Simplified Chinese
     */
    public static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return supported(Locale.getDefault());
        }
        return supported(Locale.forLanguageTag(tag.strip().replace('_', '-')));
    }

    /**
     * Checks the key and that each argument is a string or a message, and keeps the arguments unchangeable.
     * @param key the key of the text's pattern
     * @param arguments the arguments, each a {@link String} or a {@link Message}
     */
    public Message {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        for (Object a : arguments) {
            if (!(a instanceof String) && !(a instanceof Message)) {
                throw new IllegalArgumentException("an argument of " + key + " is neither a string nor a message: "
                        + a.getClass().getName());
            }
        }
    }

    /**
     * A message with its arguments. An {@link Integer} or {@link Long} becomes its decimal digits,
     * without grouping; other numbers (a similarity such as {@code 0.93}) are formatted by the caller.
     * @param key the key of the text's pattern, a string literal
     * @param arguments the arguments: strings, messages, {@link Integer}s and {@link Long}s
     * @return the message
     */
    public static Message of(String key, Object... arguments) {
        List<Object> args = new ArrayList<>(arguments.length);
        for (Object a : arguments) {
            args.add(a instanceof Integer || a instanceof Long ? String.valueOf(a) : Objects.requireNonNull(a, key));
        }
        return new Message(key, args);
    }

    /**
     * The English text ({@link Locale#ROOT}).
     * @return the text
     */
    public String text() {
        return text(Locale.ROOT);
    }

    /**
     * The text in a locale, its nested messages rendered first.
     * @param locale the locale; {@link Locale#ROOT} or {@link Locale#ENGLISH} for English
     * @return the text
     * @throws java.util.MissingResourceException when the bundle has no pattern for the key
     */
    public String text(Locale locale) {
        return render(locale, bundle(locale));
    }

    /**
     * The patterns of a locale: its own file's, the root's for the keys it lacks.
     * @param locale the locale
     * @return the bundle
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Message.class.getClassLoader(), NO_FALLBACK);
    }

    private String render(Locale locale, ResourceBundle bundle) {
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            Object a = arguments.get(i);
            values[i] = a instanceof Message nested ? nested.render(locale, bundle) : a;
        }
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        assert format.getFormatsByArgumentIndex().length == values.length
                : key + " has " + values.length + " arguments, its pattern " + format.getFormatsByArgumentIndex().length;
        return format.format(values);
    }
}
