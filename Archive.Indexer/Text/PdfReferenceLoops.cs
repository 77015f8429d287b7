using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Indexer.Text;

/// <summary>
/// Objects whose whole body is a reference to another object (<c>6 0 obj 7 0 R endobj</c>), found in one pass over
/// the file's bytes: PdfPig follows such a chain by recursion, and a chain that comes back to where it started
/// overflowed the reader process's stack. Objects packed in object streams are not seen here.
/// </summary>
internal static partial class PdfReferenceLoops
{
    /// <summary>The first object of a chain of bare references that leads back to itself, or null.</summary>
    public static string? Find(ReadOnlySpan<byte> pdf)
    {
        var next = new Dictionary<(int, int), (int, int)>();
        // A later definition of a number replaces an earlier one, as an incremental update does.
        foreach (Match m in BareReference().Matches(Encoding.Latin1.GetString(pdf)))
        {
            next[(Number(m.Groups[1]), Number(m.Groups[2]))] = (Number(m.Groups[3]), Number(m.Groups[4]));
        }
        var done = new HashSet<(int, int)>();
        foreach (var start in next.Keys)
        {
            var path = new HashSet<(int, int)>();
            for (var at = start; !done.Contains(at) && next.TryGetValue(at, out var to); at = to)
            {
                if (!path.Add(at)) return $"{at.Item1} {at.Item2} R";
            }
            done.UnionWith(path);
        }
        return null;
    }

    private static int Number(Group group) => int.TryParse(group.ValueSpan, out var n) ? n : -1;

    [GeneratedRegex(@"(?<![0-9])([0-9]{1,10})\s+([0-9]{1,5})\s+obj\s*([0-9]{1,10})\s+([0-9]{1,5})\s+R\s*endobj", RegexOptions.CultureInvariant)]
    private static partial Regex BareReference();
}
