namespace Archive.Indexer.Parsing;

/// <summary>Tells the kind of a document from the shapes in its lines; anything unrecognized is generic.</summary>
internal static class DocumentClassifier
{
    public static DocumentKind Classify(IReadOnlyList<SourceLine> lines)
    {
        if (lines.Count == 0) return DocumentKind.Generic;
        var head = lines.Take(12).ToList();

        var hasSeries = head.Any(l => l.Text.Length <= 40 && DocumentPatterns.SeriesLine().IsMatch(Punctuation.Compact(l.Text)));
        var hasIssue = head.Any(l => DocumentPatterns.IssueNumber().IsMatch(l.Text) && l.Text.Length <= 60);
        var bullets = lines.Count(l => l.Text.Length > 1 && DocumentPatterns.ArticleBullets.Contains(l.Text[0]));
        if (hasSeries && hasIssue || hasIssue && bullets >= 1 || hasSeries && bullets >= 2) return DocumentKind.Bulletin;

        var webLabels = head.Sum(l => DocumentPatterns.WebLabel().Matches(l.Text).Count);
        var footer = lines.Skip(Math.Max(0, lines.Count - 8)).Any(l => DocumentPatterns.WebFooter().IsMatch(l.Text));
        if (webLabels >= 2 || webLabels >= 1 && footer) return DocumentKind.WebArticle;

        var hasDocNumber = lines.Take(6).Any(l => DocumentPatterns.DocNumber().IsMatch(l.Text));
        var hasNoticeTitle = lines.Take(8).Any(l => l.Text.Length <= 60 && !Punctuation.HasSentencePunctuation(l.Text)
                                                    && DocumentPatterns.NoticeTitleEnd().IsMatch(l.Text));
        var hasRecipients = lines.Take(10).Any(l => l.Text.Length <= 160 && (l.Text.EndsWith('：') || l.Text.EndsWith(':'))
                                                    && !l.Text.Contains('。'));
        if (hasDocNumber || hasNoticeTitle && hasRecipients) return DocumentKind.Notice;

        var headings = lines.Count(l => l.HeadingLevel == 1);
        // Bylines, 本报讯 and photo credits are what a newspaper page has and other documents lack.
        var newsMarks = lines.Count(l => DocumentPatterns.NewsFlashByline().IsMatch(l.Text) || DocumentPatterns.RoleByline().IsMatch(l.Text)
                                         || l.Text.StartsWith("本报讯", StringComparison.Ordinal) || DocumentPatterns.PhotoCaption().IsMatch(l.Text));
        if (headings >= 2 || headings >= 1 && newsMarks >= 1 || newsMarks >= 2) return DocumentKind.NewspaperPage;

        if (footer && webLabels >= 1) return DocumentKind.WebArticle;
        return DocumentKind.Generic;
    }
}
