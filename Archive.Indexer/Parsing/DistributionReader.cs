using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Parsing;

/// <summary>
/// A bulletin's or a notice's footer read line by line: who gets it (报, 送, 发, 抄送 …, a list wrapped onto the next
/// line joined to its key), the print run, and the date of the printing line (…办公室 2021年12月20日印发).
/// </summary>
internal sealed class DistributionReader
{
    private string? _lastKey;

    public Dictionary<string, string> Distribution { get; } = [];
    public int? PrintRun { get; private set; }
    public DateOnly? PrintedOn { get; private set; }

    public void Read(SourceLine line)
    {
        switch (DistributionFooter.Read(line.Folded))
        {
            case ("印数", var run):
                PrintRun = int.TryParse(run, out var copies) ? copies : null;
                _lastKey = null;
                break;
            case ("印发" or "发至", _):
                PrintedOn ??= ChineseDate.FindFirst(line.Folded);
                _lastKey = null;
                break;
            case (_, _):
                foreach (var (key, value) in DistributionFooter.RecipientLists(line.Folded))
                {
                    _lastKey = key;
                    Distribution[key] = line.Cut(value).Trim();
                }
                break;
            case null when _lastKey is not null && line.Text.Length <= 60 && IssuerAndDate.Read(line.Folded) is null && !DistributionFooter.IsColophon(line.Folded):
                Distribution[_lastKey] += line.Text; // a recipient list wrapped onto the next line (never a signature or the colophon)
                break;
        }
    }
}
