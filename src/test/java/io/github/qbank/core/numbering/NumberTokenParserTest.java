package io.github.qbank.core.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTokenParserTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"一,1", "十,10", "十一,11", "二十,20", "二十六,26", "三十一,31", "九十九,99", "一百,100",
            "一百零五,105", "两,2", "零,0"})
    void chineseNumeralsReadAndWriteTheSameValue(String numeral, int value) {
        assertEquals(value, ChineseNumerals.parse(numeral));
        if (!numeral.equals("两")) {
            assertEquals(numeral, ChineseNumerals.format(value));
        }
    }

    @Test
    void malformedChineseNumeralsHaveNoValue() {
        assertEquals(-1, ChineseNumerals.parse("一一"));
        assertEquals(-1, ChineseNumerals.parse("十百"));
        assertEquals(-1, ChineseNumerals.parse(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1 目前主流的开源模型|ARABIC|arabic|1",
            "12. prefix LM|ARABIC|arabic|12",
            "1、MHA，GQA|ARABIC|arabic|1",
            "2) paren|ARABIC|arabic|2",
            "3）full-width|ARABIC|arabic|3",
            "3.1 Cross Attention|DOTTED|dotted|3.1",
            "1.2. trailing dot|DOTTED|dotted|1.2",
            "5.3LLaMA、ChatGLM|DOTTED|dotted|5.3",
            "2.1.1.1 deep|DOTTED|dotted|2.1.1.1",
            "二十六、多模态|CHINESE|chinese|26",
            "第三章 Transformer|ORDINAL|ordinal:章|3",
            "第十重 境界|ORDINAL|ordinal:重|10",
            "问题一：内容缺失|LABELLED|labelled:问题|1",
            "拼接方式三：Random|LABELLED|labelled:拼接方式|3",
            "（一）full-width|PARENTHESISED|paren:chinese|1",
            "(2) ascii|PARENTHESISED|paren:arabic|2",
            "③ circled|CIRCLED|circled|3",
            "Q1. English|QUESTION|question|1",
            "Q12 English|QUESTION|question|12",
            "Question 3 English|QUESTION|question|3"})
    void readsEveryStyle(String text, NumberToken.Style style, String key, String parts) {
        NumberToken t = NumberTokenParser.parse(text);
        assertEquals(style, t.style());
        assertEquals(key, t.key());
        assertEquals(List.of(parts.split("\\.")).stream().map(Integer::valueOf).toList(), t.parts());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"3D并行 是什么", "175B 参数", "2023年", "Q: unnumbered", "前言", "Question: why",
            "QLoRA 篇", "一个问题"})
    void textThatIsNotANumber(String text) {
        assertNull(NumberTokenParser.parse(text));
    }

    @Test
    void brokenDottedNumbersAreMalformed() {
        assertEquals(true, NumberTokenParser.parse(".2.1 AdaLoRA").malformed());
        assertEquals(true, NumberTokenParser.parse("3..2 two").malformed());
    }
}
