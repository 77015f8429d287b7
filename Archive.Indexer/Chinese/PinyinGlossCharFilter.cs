namespace Archive.Indexer.Chinese;

/// <summary>
/// Leaves out the pinyin that some copying sites put in parentheses after characters (黨(dǎng)員, 學(xué)生), so the
/// words and bigrams run on as in the original text: 大學(xué)生村官 is 大学生村官 again. A gloss is a syllable with a tone
/// mark right after an ideograph, so (WTO) or (试行) stay. Offsets are corrected: marks still fall on the characters
/// as written.
/// </summary>
internal sealed class PinyinGlossCharFilter(TextReader input) : WholeTextCharFilter(input)
{
    /// <summary>The longest syllable (zhuang, shuang) and a little room.</summary>
    private const int MaxSyllable = 7;
    private const string TonedVowels = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

    /// <summary>The text without its glosses; the same string when it has none.</summary>
    public static string Remove(string text)
    {
        if (text.AsSpan().IndexOfAny('(', '（') < 0) return text;
        using var reader = new PinyinGlossCharFilter(new StringReader(text));
        return reader.ReadToEnd();
    }

    /// <summary>Whether the text holds a gloss (then filtering it changes its length and offsets).</summary>
    public static bool HasGlosses(ReadOnlySpan<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] is '(' or '（' && CharClass.IsHan(text[i - 1]) && Gloss(text, i) > 0) return true;
        }
        return false;
    }

    protected override int Filter(ReadOnlySpan<char> text, char[] output)
    {
        var kept = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && CharClass.IsHan(text[i - 1]) && Gloss(text, i) is var length and > 0)
            {
                i += length - 1;
                // From here on, an offset into the filtered text falls this much short of the original one.
                AddOffCorrectMap(kept, i + 1 - kept);
                continue;
            }
            output[kept++] = text[i];
        }
        return kept;
    }

    /// <summary>The length of a gloss "(pinyin)" or "（pinyin）" starting at <paramref name="at"/>, or 0.</summary>
    private static int Gloss(ReadOnlySpan<char> text, int at)
    {
        if (text[at] is not ('(' or '（')) return 0;
        var close = text[at] == '(' ? ')' : '）';
        var end = at + 1;
        var toned = false;
        while (end < text.Length && end - at <= MaxSyllable && (text[end] is >= 'a' and <= 'z' or 'ü' || TonedVowels.Contains(text[end])))
        {
            toned |= TonedVowels.Contains(text[end]);
            end++;
        }
        return toned && end < text.Length && text[end] == close ? end + 1 - at : 0;
    }
}
