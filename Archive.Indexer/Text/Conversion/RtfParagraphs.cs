namespace Archive.Indexer.Text.Conversion;

/// <summary>
/// An RTF's overlong paragraphs, split before LibreOffice reads them: its RTF import works in the square of a
/// paragraph's runs and of its characters set in another font (symbols, private use), so one paragraph of 7,500 bold
/// characters between plain ones (15,000 runs, 158 KB) held it past 60 s and 30,000 private-use characters (240 KB)
/// for 27 s, while the same text in paragraphs of 500 runs converts in 6 s. A paragraph is cut once it counts
/// <see cref="MaxUnits"/> (a character one, a run <see cref="RunWeight"/>: a group opened or a control word set after
/// text, however many control words follow, as Word writes each run with half a dozen) at the next sentence's end, or
/// <see cref="SentenceGrace"/> on where no sentence ends: the text is kept whole, in more paragraphs. Real paragraphs
/// stay whole: the longest line of corpus/real is 856 characters, and a Word paragraph of 800 characters in 60 runs,
/// each switching between Chinese and Latin fonts, counts some 1,520.
/// </summary>
internal static class RtfParagraphs
{
    public const int MaxUnits = 3_000;
    public const int SentenceGrace = 1_000;

    /// <summary>What a run counts for, against a character's one: its cost grows faster than characters' (8,000
    /// characters of 2,000 runs a paragraph converted in 15 s, of 500 in 6 s), and a paragraph whose font switches on
    /// every character is all runs: weighed 4, its paragraphs held 600 to 800 runs, and LibreOffice took 1.4 s of user
    /// time past its start for 30,000 such characters where paragraphs of 230 to 300 runs take 0.9 s and plain text 0.1 s. A
    /// real paragraph stays whole: LibreOffice's RTF of corpus/real counted at most 1,115 weighed 4, so at most 2,899 weighed 12
    /// (a run holds a character at least), and Word's 800 characters in 60 runs count 1,520.</summary>
    public const int RunWeight = 12;

    /// <summary>Groups deeper than this share the \uc of the one at this depth: a file of nothing but braces would
    /// otherwise keep one entry for each (50 MB of them, 200 MB and more), and real documents nest a few dozen deep.</summary>
    public const int MaxTrackedDepth = 256;

    private static readonly byte[] Break = "\\par "u8.ToArray();

    /// <summary>Groups holding no text a paragraph is made of (tables of fonts, styles, pictures as hexadecimal
    /// digits, a field's instructions), skipped whole as <c>{\*…}</c> is.</summary>
    private static readonly HashSet<string> NoText =
    [
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "listtable", "listoverridetable", "rsidtbl", "themedata",
        "colorschememapping", "datastore", "latentstyles", "xmlnstbl", "generator", "filetbl", "revtbl", "fldinst",
        "objdata", "defchp", "defpap", "mmathPr", "pgdsctbl",
    ];

    private static readonly HashSet<string> ParagraphEnds = ["par", "cell", "row", "nestcell", "nestrow", "sect"];

    /// <summary>The RTF with a paragraph break added where a paragraph runs past the bound, or the same bytes.</summary>
    public static ReadOnlyMemory<byte> Split(ReadOnlyMemory<byte> content)
    {
        var rtf = content.Span;
        var cuts = new List<int>();
        var skippedFrom = int.MaxValue; // the depth of the group without text being skipped
        var depth = 0;
        var units = 0;
        var fallback = 0; // characters after \uN that stand in for it (\ucN), never cut from it
        var sentenceEnded = false;
        var afterText = false; // the next group or control word starts a run
        var uc = new Stack<int>();
        var currentUc = 1;
        var previous = 0; // the previous byte of text, for GB2312's full stop and marks
        var midCharacter = false; // after the first byte of a double-byte character, never cut from its second
        for (var at = 0; at < rtf.Length; at++)
        {
            var b = rtf[at];
            if (b == '{')
            {
                depth++;
                if (depth <= MaxTrackedDepth) uc.Push(currentUc);
                fallback = 0;
                if (depth < skippedFrom && at + 1 < rtf.Length && rtf[at + 1] == '\\' &&
                    (rtf[(at + 1)..].StartsWith("\\*"u8) || NoText.Contains(Letters(rtf, at + 2))))
                    skippedFrom = depth;
                StartRun();
                continue;
            }
            if (b == '}')
            {
                if (depth == skippedFrom) skippedFrom = int.MaxValue;
                if (depth <= MaxTrackedDepth) currentUc = uc.Count > 0 ? uc.Pop() : 1;
                depth = Math.Max(depth - 1, 0);
                fallback = 0;
                continue;
            }
            if (b is (byte)'\r' or (byte)'\n') continue;
            var start = at;
            var isText = true;
            var ends = false;
            var value = -1; // a byte of text, written as itself or as \'hh
            if (b == '\\' && at + 1 < rtf.Length)
            {
                var next = rtf[at + 1];
                if (IsLetter(next))
                {
                    var word = Letters(rtf, at + 1);
                    at += word.Length;
                    var (parameter, digits) = ParameterAt(rtf, at + 1);
                    at += digits;
                    if (at + 1 < rtf.Length && rtf[at + 1] == ' ') at++;
                    switch (word)
                    {
                        case "bin" when parameter > 0:
                            at = (int)Math.Min(at + parameter, rtf.Length - 1L);
                            isText = false;
                            break;
                        case "uc":
                            currentUc = (int)Math.Clamp(parameter, 0, 16);
                            isText = false;
                            break;
                        case "u":
                            var c = parameter < 0 ? parameter + 65536 : parameter;
                            ends = c is 0x3002 or 0xFF01 or 0xFF1F;
                            break;
                        default:
                            if (ParagraphEnds.Contains(word) && depth < skippedFrom) units = 0;
                            isText = false;
                            break;
                    }
                    if (word == "u")
                    {
                        if (depth < skippedFrom) Count(start, ends, fallbackAfter: currentUc, lead: false);
                        continue;
                    }
                }
                else if (next == '\'' && at + 3 < rtf.Length)
                {
                    value = HexValue(rtf[at + 2]) * 16 + HexValue(rtf[at + 3]);
                    at += 3;
                }
                else if (next is (byte)'\r' or (byte)'\n')
                {
                    if (depth < skippedFrom) units = 0; // a backslash before a line break is \par
                    at++;
                    continue;
                }
                else
                {
                    at++; // a control symbol: \\ \{ \} \~ \- \_ and others
                }
            }
            else
            {
                value = b;
            }
            if (value >= 0)
            {
                ends = value is '.' or '!' or '?' || (midCharacter && (previous, value) is (0xA1, 0xA3) or (0xA3, 0xA1) or (0xA3, 0xBF));
                previous = value;
            }
            if (depth >= skippedFrom) continue;
            if (!isText)
            {
                StartRun();
                continue;
            }
            Count(start, ends, fallbackAfter: 0, lead: value >= 0x81 && !midCharacter);
        }
        return cuts.Count == 0 ? content : WithBreaks(rtf, cuts);

        void StartRun()
        {
            if (!afterText) return;
            units += RunWeight;
            afterText = false;
        }

        void Count(int start, bool ends, int fallbackAfter, bool lead)
        {
            if (fallback > 0)
            {
                fallback--;
                return;
            }
            if (!midCharacter && (units >= MaxUnits + SentenceGrace || (units >= MaxUnits && sentenceEnded)))
            {
                cuts.Add(start);
                units = 0;
            }
            units++;
            afterText = true;
            sentenceEnded = ends;
            fallback = fallbackAfter;
            midCharacter = lead;
        }
    }

    private static byte[] WithBreaks(ReadOnlySpan<byte> rtf, List<int> cuts)
    {
        var split = new byte[rtf.Length + cuts.Count * Break.Length];
        var from = 0;
        var to = 0;
        foreach (var cut in cuts)
        {
            rtf[from..cut].CopyTo(split.AsSpan(to));
            to += cut - from;
            Break.CopyTo(split, to);
            to += Break.Length;
            from = cut;
        }
        rtf[from..].CopyTo(split.AsSpan(to));
        return split;
    }

    private static string Letters(ReadOnlySpan<byte> rtf, int at)
    {
        var end = at;
        while (end < rtf.Length && end - at < 32 && IsLetter(rtf[end])) end++;
        return System.Text.Encoding.ASCII.GetString(rtf[at..end]);
    }

    private static (long Value, int Length) ParameterAt(ReadOnlySpan<byte> rtf, int at)
    {
        var length = 0;
        var negative = at < rtf.Length && rtf[at] == '-';
        if (negative) length++;
        long value = 0;
        var digits = 0;
        for (; at + length < rtf.Length && rtf[at + length] is >= (byte)'0' and <= (byte)'9' && digits < 18; length++, digits++)
            value = value * 10 + (rtf[at + length] - '0');
        if (digits == 0) return (0, 0);
        return (negative ? -value : value, length);
    }

    private static bool IsLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static int HexValue(byte b) => Uri.IsHexDigit((char)b) ? Uri.FromHex((char)b) : 0;
}
