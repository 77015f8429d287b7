using System.Text;

namespace Archive.Api.Uploads;

/// <summary>
/// The name a client gave an uploaded file, reduced to a plain file name: folders (../../etc/passwd ->
/// passwd), control, format (bidi overrides, zero-width) and reserved characters removed, length bounded.
/// It is only ever a label and an extension; it never becomes a path on disk. The same reduction makes a kept original's name safe to
/// send back as a download name (no line breaks or quotes in the header).
/// </summary>
public static class UploadFileName
{
    public const int MaxLength = 120;
    public const string Fallback = "upload";

    public static string Sanitize(string? raw)
    {
        var name = (raw ?? "").Trim().Trim('"').Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(name.Length);
        // By characters, not UTF-16 units: a rare ideograph of a name beyond the BMP (𠮷) stays, a half of one goes, as
        // does the replacement character an undecodable escape became (filename*=UTF-8''%FF).
        foreach (var rune in name.EnumerateRunes())
        {
            // Format characters go too: a right-to-left override shows 通知\u202Egnp.txt as 通知txt.png.
            if (!Rune.IsControl(rune) && rune != Rune.ReplacementChar && Rune.GetUnicodeCategory(rune) != System.Globalization.UnicodeCategory.Format
                && !(rune.IsAscii && ":*?\"<>|".Contains((char)rune.Value)))
            {
                kept.Append(rune.ToString());
            }
        }
        name = kept.ToString().Trim().TrimStart('.').TrimEnd('.', ' ');
        if (name.Length > MaxLength)
        {
            var extension = Path.GetExtension(name);
            name = extension.Length is > 0 and <= 10 ? name[..Cut(name, MaxLength - extension.Length)] + extension : name[..Cut(name, MaxLength)];
        }
        return name.Length == 0 ? Fallback : name;
    }

    /// <summary>Where to cut a name to at most <paramref name="length"/> UTF-16 units without halving a character beyond the BMP.</summary>
    private static int Cut(string name, int length) => char.IsHighSurrogate(name[length - 1]) ? length - 1 : length;
}
