using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Archive.Indexer.Cli;

/// <summary>
/// Text from outside (file names, what a reader said of a file, a document's values) as the terminal shows it: control
/// characters and format characters written as \u escapes. A file named with an escape sequence cleared the screen or
/// retitled the terminal when `archive ingest` listed it as failed, a line break in a name forged a line of the report,
/// and a bidi override reversed what followed it.
/// </summary>
internal static class TerminalText
{
    public static string Shown(string text)
    {
        if (!text.Any(IsHidden)) return text;
        var shown = new StringBuilder(text.Length + 16);
        foreach (var c in text) shown.Append(IsHidden(c) ? $"\\u{(int)c:X4}" : c);
        return shown.ToString();
    }

    /// <summary><see cref="Shown"/>, escaped for Spectre's markup.</summary>
    public static string Markup(string text) => Spectre.Console.Markup.Escape(Shown(text));

    private static bool IsHidden(char c) => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
