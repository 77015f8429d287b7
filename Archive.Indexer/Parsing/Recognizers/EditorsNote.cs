using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>编者按：…, 【编者按】…, 编者的话：…, 按语：…: the editors' words before an issue's articles. Reads folded text.</summary>
internal static partial class EditorsNote
{
    public static bool Matches(string folded) => Pattern().IsMatch(folded);

    /// <summary>Where the note's words start, after its label.</summary>
    public static int TextIndex(string folded) => Pattern().Match(folded) is { Success: true } label ? label.Index + label.Length : 0;

    [GeneratedRegex(@"^(?:(?:编者按|编者的话|编后|按语|编者)\s*:|[【\[](?:编者按|编者的话|按语)[】\]])")]
    private static partial Regex Pattern();
}
