using System.Globalization;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Cuts text into runs by script, before any dictionary work: a run of ideographs (with the circle ○ after a Chinese
/// numeral, as years are written: 二○○一), a number, a Latin word, one punctuation mark (a dash —— or an ellipsis …… whole)
/// or one symbol. White space separates runs and belongs to none.
/// Runs of ideographs come out whole (kind <see cref="TokenKind.Word"/>) for the segmenter or the bigram tokenizer to cut.
/// </summary>
internal ref struct TextScanner(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> text = text;
    private int position;

    public bool MoveNext(out Token run)
    {
        var t = text;
        var i = position;
        while (i < t.Length && char.IsWhiteSpace(CharClass.Fold(t[i]))) i++;
        if (i >= t.Length)
        {
            position = i;
            run = default;
            return false;
        }

        var start = i;
        var c = CharClass.Fold(t[i]);
        TokenKind kind;
        if (CharClass.IsHan(c))
        {
            i++;
            while (i < t.Length && (CharClass.IsHan(t[i]) || (t[i] == '○' && CharClass.IsChineseNumeral(t[i - 1])))) i++;
            kind = TokenKind.Word;
        }
        else if (CharClass.IsWordStart(c))
        {
            var digitsOnly = true;
            while (i < t.Length)
            {
                var f = CharClass.Fold(t[i]);
                if (CharClass.IsWordContinuation(f))
                {
                    digitsOnly &= CharClass.IsDigit(f);
                    i++;
                }
                else if (f == '.' && digitsOnly && i > start && i + 1 < t.Length && CharClass.IsDigit(CharClass.Fold(t[i + 1])))
                {
                    i += 2; // a decimal point between digits belongs to the number
                }
                else break;
            }
            kind = digitsOnly ? TokenKind.Number : TokenKind.Latin;
        }
        else if (char.IsHighSurrogate(t[i]) && i + 1 < t.Length && char.IsLowSurrogate(t[i + 1])
                 && CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(t[i], t[i + 1])) == UnicodeCategory.OtherLetter)
        {
            kind = TokenKind.Word; // an ideograph outside the basic plane stands alone
            i += 2;
        }
        else
        {
            kind = char.IsPunctuation(c) || (char.IsSymbol(c) && !char.IsSurrogate(c)) ? TokenKind.Punctuation : TokenKind.Symbol;
            // One grapheme: an emoji with its skin tone, its variation selector or its ZWJ-joined partners is one token.
            i += StartsCluster(t, i) ? StringInfo.GetNextTextElementLength(t[i..]) : 1;
            if (c is '—' or '…') while (i < t.Length && t[i] == c) i++;
        }

        position = i;
        run = new Token(start, i - start, kind, 1);
        return true;
    }

    /// <summary>Whether the character at i may begin a grapheme of several characters (skips the Unicode tables for plain punctuation).</summary>
    private static bool StartsCluster(ReadOnlySpan<char> t, int i) =>
        char.IsSurrogate(t[i]) || (i + 1 < t.Length && (char.IsSurrogate(t[i + 1]) || (t[i + 1] >= '\u0300' &&
            CharUnicodeInfo.GetUnicodeCategory(t[i + 1]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format)));
}
