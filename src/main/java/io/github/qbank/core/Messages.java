package io.github.qbank.core;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s from the resource bundle {@value #BUNDLE}: {@code messages.properties},
 * English, is the root; a translation is one more file, {@code messages_zh_CN.properties} for
 * example, with the same keys and arguments. A pattern is a {@link MessageFormat}: a single quote
 * is written {@code ''}, and braces hold arguments only. A locale without a file of its own gets
 * the root, English, never the file of the JVM's default locale.
 */
public final class Messages {

    /** The base name of the resource bundle that holds the patterns. */
    public static final String BUNDLE = "io.github.qbank.core.messages";

    /** Properties files only, and no detour through the default locale when a locale has none. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /**
     * The message's text in the locale, its nested messages rendered first.
     * @param message the message
     * @param locale the locale; {@link Locale#ROOT} or {@link Locale#ENGLISH} for English
     * @return the text
     * @throws java.util.MissingResourceException when the bundle has no pattern for the message's key
     */
    public static String render(Message message, Locale locale) {
        return render(message, locale, bundle(locale));
    }

    /**
     * The patterns of a locale: its own file's, the root's for the keys it lacks.
     * @param locale the locale
     * @return the bundle
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    private static String render(Message message, Locale locale, ResourceBundle bundle) {
        List<Object> arguments = message.arguments();
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            Object a = arguments.get(i);
            values[i] = a instanceof Message nested ? render(nested, locale, bundle) : a;
        }
        MessageFormat format = new MessageFormat(bundle.getString(message.key()), locale);
        assert format.getFormatsByArgumentIndex().length == values.length
                : message.key() + " has " + values.length + " arguments, its pattern "
                        + format.getFormatsByArgumentIndex().length;
        return format.format(values);
    }
}
