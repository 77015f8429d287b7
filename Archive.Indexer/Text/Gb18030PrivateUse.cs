using System.Text;

namespace Archive.Indexer.Text;

/// <summary>
/// The 24 characters GB18030 encoded before Unicode did, which its 2000 and 2005 tables (the runtime's among them) map
/// to private-use code points: ten vertical punctuation marks (A6D9-A6F3) and fourteen ideographs and components
/// (FE51-FEA0), since encoded as U+FE10-FE19, U+9FB4-9FBB and six of extension B, which GB18030-2022 maps them to (but
/// the six) and which fonts show. Read as private use, a 2022 encoder's 龴 (FE59) was U+E81E: not found by 龴, shown
/// as an empty box, and three such characters refused a short notice as binary.
/// </summary>
internal static class Gb18030PrivateUse
{
    private const char First = '\uE78D', Last = '\uE864';

    private static readonly Dictionary<char, string> Standard = new()
    {
        ['\uE78D'] = "\uFE10", ['\uE78E'] = "\uFE12", ['\uE78F'] = "\uFE11", ['\uE790'] = "\uFE13", ['\uE791'] = "\uFE14",
        ['\uE792'] = "\uFE15", ['\uE793'] = "\uFE16", ['\uE794'] = "\uFE17", ['\uE795'] = "\uFE18", ['\uE796'] = "\uFE19",
        ['\uE81E'] = "\u9FB4", ['\uE826'] = "\u9FB5", ['\uE82B'] = "\u9FB6", ['\uE82C'] = "\u9FB7", ['\uE832'] = "\u9FB8",
        ['\uE843'] = "\u9FB9", ['\uE854'] = "\u9FBA", ['\uE864'] = "\u9FBB",
        ['\uE816'] = char.ConvertFromUtf32(0x20087), ['\uE817'] = char.ConvertFromUtf32(0x20089), ['\uE818'] = char.ConvertFromUtf32(0x200CC),
        ['\uE831'] = char.ConvertFromUtf32(0x215D7), ['\uE83B'] = char.ConvertFromUtf32(0x2298F), ['\uE855'] = char.ConvertFromUtf32(0x241FE),
    };

    /// <summary>The text with those private-use characters as the characters they stand for; the text itself when it holds none.</summary>
    public static string ToStandard(string text)
    {
        var at = text.AsSpan().IndexOfAnyInRange(First, Last);
        if (at < 0) return text;
        var standard = new StringBuilder(text.Length + 8).Append(text, 0, at);
        foreach (var c in text.AsSpan(at)) standard.Append(Standard.TryGetValue(c, out var character) ? character : c);
        return standard.ToString();
    }
}
