package io.github.qbank.core.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void numberCaseWidthSpacesAndPunctuationAreDropped() {
        assertEquals("moemixtureofexperts篇", Normalizer.text("22.1 MOE（Mixture-of-Experts）篇"));
        assertEquals("moemixtureofexperts篇", Normalizer.text("MOE(Mixture of Experts) 篇"));
        assertEquals("gpt4的优点", Normalizer.text("三、ＧＰＴ－４的优点？"));
        assertEquals("1", Normalizer.text("什么是 ① ？").replaceAll("\\p{IsHan}", ""));
    }

    @Test
    void answerUrlsKeepTheirFragmentAndIgnorePercentEncoding() {
        Path base = Path.of("bank");
        Path index = base.resolve("README.md");
        assertEquals("https://example.com/a.md#306-右值引用",
                Normalizer.url("https://Example.com:443/a.md#306-%E5%8F%B3%E5%80%BC%E5%BC%95%E7%94%A8", index, base));
        assertEquals("https://example.com/题库/a.md#q1", Normalizer.url("https://example.com/%E9%A2%98%E5%BA%93/a.md/#q1", index, base));
        assertEquals("https://example.com/a%2Fb?x=1", Normalizer.url("https://example.com/a%2fb?x=1#", index, base));
        assertEquals("answers/my notes.md#q1", Normalizer.url("chapters/../answers/my%20notes.md?plain=1#q%31", index, base));
        assertEquals("README.md#q2", Normalizer.url("#q2", index, base));
        assertEquals("a%zz.md", Normalizer.url("a%zz.md", index, base));
        assertEquals("a%FF.md", Normalizer.url("a%FF.md", index, base));
    }

    /** The shortcut for common text must give exactly what NFKC, lower case and letters, digits and kept symbols give. */
    @Test
    void shortcutAgreesWithFullNormalisation() {
        String alphabet = "aZ9 -.,?()_#+<=!*" + "的是模型微调注意力" + "，。？！：；（）、“”‘’《》【】「」『』…—·～＋"
                + "ＡＢｃ１２（）　①ﬁé\u0301Ⅻ㈠\u00a0";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder("题");
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(reference(text.toString()), Normalizer.text(text.toString()), text.toString());
        }
    }

    private static String reference(String visible) {
        String t = java.text.Normalizer.normalize(visible.strip(), Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        t.codePoints().filter(c -> Character.isLetterOrDigit(c) || c < 0x80 && Normalizer.KEPT_SYMBOLS.indexOf(c) >= 0)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
