using Archive.Indexer.Chinese;
namespace Archive.Evaluation.Generation;

/// <summary>
/// The real corpus cut into what generated articles are made of: its titles and its paragraphs' sentences, as
/// templates whose places, years and numbers each article fills in its own way.
/// </summary>
internal sealed partial class RealSentences
{
    private RealSentences(IReadOnlyList<SourceArticle> articles, IReadOnlyList<TextTemplate> titles, IReadOnlyList<TextTemplate> noticeTitles,
        IReadOnlyList<string> texts)
    {
        Texts = texts;
        Articles = articles;
        Titles = titles;
        NoticeTitles = noticeTitles;
    }

    /// <summary>Each real article's paragraphs, each a list of sentences.</summary>
    public IReadOnlyList<SourceArticle> Articles { get; }

    public IReadOnlyList<TextTemplate> Titles { get; }

    /// <summary>Titles of notices (关于…的通知), for generated notices.</summary>
    public IReadOnlyList<TextTemplate> NoticeTitles { get; }

    /// <summary>The real articles' bodies as written, one paragraph a line.</summary>
    public IReadOnlyList<string> Texts { get; }

    public static RealSentences Load(string realCorpusFolder, PlaceNames places, ScriptFolding folding)
    {
        var articles = new List<SourceArticle>();
        var titles = new List<TextTemplate>();
        var noticeTitles = new List<TextTemplate>();
        var texts = new List<string>();
        foreach (var real in RealCorpus.Load(realCorpusFolder, folding))
        {
            texts.Add(string.Join("\n", real.Paragraphs));
            var latest = TextTemplate.LatestYear(real.Paragraphs.Prepend(real.Title ?? ""));
            articles.Add(new SourceArticle(real.Paragraphs
                .Select(p => Sentences(Credits().Replace(p, "")).Where(s => !Masked().IsMatch(s)).Select(s => TextTemplate.Parse(s, places, latest)).ToArray())
                .Where(p => p.Length > 0)
                .ToArray()));
            if (real.Title?.TrimEnd('！', '？', '。') is not { Length: >= 4 and <= 40 } title) continue;
            (NoticeTitle().IsMatch(title) ? noticeTitles : titles).Add(TextTemplate.Parse(title, places, latest));
        }
        return new RealSentences(articles, titles, noticeTitles, texts);
    }

    /// <summary>A reporter's or writer's credit in parentheses (（记者 张三 通讯员 李四）): the article's, not its sentences'.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("[（(][^（）()]{0,30}(记者|通讯员|供稿|摄影|摄|编辑|作者)[^（）()]{0,30}[）)]")]
    private static partial System.Text.RegularExpressions.Regex Credits();

    /// <summary>A model text's masked names (**县, ×项, XX镇, ☆☆): left out, no archive prints them.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("[*☆×Ｘ]|XX")]
    private static partial System.Text.RegularExpressions.Regex Masked();

    /// <summary>A notice's title: 关于…的通知 (意见, 通报, 决定, 办法, 方案).</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^关于.+的(通知|意见|通报|决定|办法|方案)$")]
    private static partial System.Text.RegularExpressions.Regex NoticeTitle();

    /// <summary>A paragraph's sentences, each ending at 。！？ (or the paragraph's end), a closing quote kept with it.</summary>
    private static IEnumerable<string> Sentences(string paragraph)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('。' or '！' or '？')) continue;
            var end = i + 1 < paragraph.Length && paragraph[i + 1] is '”' or '’' or '）' ? i + 2 : i + 1;
            yield return paragraph[start..end];
            start = end;
            i = end - 1;
        }
        if (start < paragraph.Length) yield return paragraph[start..];
    }
}

/// <summary>A real article's paragraphs, each as its sentences.</summary>
internal sealed record SourceArticle(TextTemplate[][] Paragraphs);
