using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Indexer.Text;

/// <summary>
/// Objects whose whole body is a reference to another object (<c>6 0 obj 7 0 R endobj</c>, comments allowed wherever
/// white space is), found in one pass over the file's bytes: PdfPig follows such a chain by recursion, so a chain that
/// comes back to where it started, or one of hundreds of thousands of links, overflowed the reader process's stack.
/// Objects packed in object streams need no look: PdfPig reads a bare reference there as a number, never follows it.
/// </summary>
internal static partial class PdfReferenceChains
{
    /// <summary>The longest chain of bare references read; real files have none longer than one or two.</summary>
    public const int MaxLength = 1_000;

    /// <summary>What is wrong with the file's chains of bare references (one that loops or is too long), or null.</summary>
    public static string? Find(ReadOnlySpan<byte> pdf)
    {
        var next = new Dictionary<(int, int), (int, int)>();
        // A later definition of a number replaces an earlier one, as an incremental update does.
        foreach (Match m in BareReference().Matches(Encoding.Latin1.GetString(pdf)))
        {
            next[(Number(m.Groups[1]), Number(m.Groups[2]))] = (Number(m.Groups[3]), Number(m.Groups[4]));
        }
        // The number of links from each object to the end of its chain, filled in as chains are walked.
        var lengths = new Dictionary<(int, int), int>();
        foreach (var start in next.Keys)
        {
            var path = new List<(int, int)>();
            var onPath = new HashSet<(int, int)>();
            var at = start;
            for (; !lengths.ContainsKey(at) && next.TryGetValue(at, out var to); at = to)
            {
                if (!onPath.Add(at)) return $"object {Name(at)} refers back to itself through a chain of references";
                path.Add(at);
            }
            var length = lengths.GetValueOrDefault(at);
            for (var i = path.Count - 1; i >= 0; i--) lengths[path[i]] = ++length;
            if (length > MaxLength) return $"object {Name(start)} starts a chain of {length:N0} references to references, more than the {MaxLength:N0} read";
        }
        return null;
    }

    private static string Name((int Number, int Generation) reference) => $"{reference.Number} {reference.Generation} R";

    private static int Number(Group group) => int.TryParse(group.ValueSpan, out var n) ? n : -1;

    /// <summary>
    /// White space, or a comment (% to the end of the line), one or more: atomic, since a run of % can be cut into
    /// comments in exponentially many ways, and what follows a separator (a digit, obj, R) is never part of one.
    /// </summary>
    private const string Space = @"(?>(?:[\s\0]|%[^\r\n]*)+)";
    private const string MaybeSpace = @"(?>(?:[\s\0]|%[^\r\n]*)*)";

    [GeneratedRegex(@"(?<![0-9])([0-9]{1,10})" + Space + "([0-9]{1,5})" + Space + "obj" + MaybeSpace + "([0-9]{1,10})" + Space + "([0-9]{1,5})" + Space + "R" + MaybeSpace + "endobj",
        RegexOptions.CultureInvariant)]
    private static partial Regex BareReference();
}
