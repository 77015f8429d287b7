using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>编者按：…, 编者的话：…, 按语：…: the editors' words before an issue's articles. Reads folded text.</summary>
internal static partial class EditorsNote
{
    public static bool Matches(string folded) => Pattern().IsMatch(folded);

    [GeneratedRegex(@"^(?:编者按|编者的话|编后|按语|编者)\s*:")]
    private static partial Regex Pattern();
}
