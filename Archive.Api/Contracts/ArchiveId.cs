using System.Text.RegularExpressions;

namespace Archive.Api.Contracts;

/// <summary>
/// The shape of document and article ids (hex digest prefix, "-ordinal" for articles). Anything else,
/// such as a path (../../etc/passwd), is refused with a 400 before the archive is asked.
/// </summary>
public static partial class ArchiveId
{
    public static bool IsWellFormed(string? id) => id is not null && Shape().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex Shape();
}
