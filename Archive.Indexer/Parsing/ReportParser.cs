using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// A speech, survey report, work report or experience material (讲话, 调研报告, 汇报, 经验材料): its heading (a copy
/// site's leftovers above it are front matter), the heading block under it — the speaker or author line (县长 ***,
/// 魚化寨街道黨工委書記張永潮), the date the material states for itself ((2019年3月31日)), the issuer, the salutation
/// (同志们：) — the body, and a signature at its foot (issuer and date). The date is never one the body mentions.
/// </summary>
internal sealed class ReportParser(Gazetteer gazetteer)
{
    public ParsedDocument Parse(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        var page = new SingleArticle(lines, roles, gazetteer.Characters).Read(IsReportTitle, stripDateline: false);
        // A 范文 site's bundle (…的讲话(精选8篇)) over its first text's numbered heading (1.…的讲话 篇一): the material's own
        // heading is the title, the bundle's headline and the site's numbering front matter.
        if (CopySiteBundle.FirstPiece(page.Draft.Title, page.Draft.Subtitle) is { } piece)
        {
            page.FrontMatter.Add(page.Draft.Title!);
            page.FrontMatter.Add(piece.Numbering);
            page.Draft.Title = piece.Title;
            page.Draft.Subtitle = null;
        }
        // …or with the site's lines between them (2024-01-02调研报告): of its heading, the numbering stays front matter with them.
        else if (page.HeadLines.Select(l => (Line: l.Text.Trim(), Piece: CopySiteBundle.FirstPiece(page.Draft.Title, l.Text)))
                     .FirstOrDefault(p => p.Piece is not null) is { Piece: { } later } heading)
        {
            var at = page.FrontMatter.FindIndex(l => l.Trim() == heading.Line);
            if (at >= 0) page.FrontMatter[at] = later.Numbering;
            page.FrontMatter.Add(page.Draft.Title!);
            page.Draft.Title = later.Title;
        }
        DateOnly? date = null, ownDate = null;
        string? publisher = null, recipients = null;
        foreach (var line in page.HeadLines)
        {
            recipients ??= SingleArticle.AddressedTo(line);
            if (IssuerAndDate.Read(line.Folded) is { } issued)
            {
                date ??= issued.Date;
                // The date a speech gives itself in brackets under its heading ((2006年11月22日)) wins over a bare
                // date line, which may be the page's (2008-5-3 above the speaker).
                if (line.Folded.TrimStart().StartsWith('(')) ownDate ??= issued.Date;
                if (issued.Issuer is not null) publisher ??= line.Cut(issued.IssuerIndex, issued.IssuerLength);
            }
        }
        // A report signed at its foot (中共某某县委组织部 / 2019年5月6日) dates itself there; the signature leaves the body.
        var (signer, signed) = page.TakeSignature(atFoot: true);
        date = ownDate ?? signed ?? date;
        publisher ??= signer;
        page.Draft.Authors.AddRange(page.NamedByOffice());
        var article = page.Build(null);
        var region = gazetteer.InferRegion([(article.Title, 3), (publisher, 3), (article.Body, 1)])?.Place;
        return new ParsedDocument
        {
            Kind = DocumentKind.Report,
            Title = article.Title,
            Date = date,
            Publisher = publisher,
            Recipients = recipients,
            Region = region?.Path,
            Articles = [article with { Region = region?.Path, SourceDepartment = article.SourceDepartment ?? publisher }],
            FrontMatter = page.FrontMatter,
            BackMatter = page.BackMatter,
        };
    }

    private static bool IsReportTitle(SourceLine line) => DocumentTitle.IsReport(Punctuation.Compact(line.Folded));
}
