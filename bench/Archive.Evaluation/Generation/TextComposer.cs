using System.Text;

namespace Archive.Evaluation.Generation;

/// <summary>
/// Composes articles from real text: a title of the real corpus (or one in its manner) and paragraphs of real
/// sentences read in their order from three real articles at a time, a lead one most often, another real article
/// taking the place of one read to its end, with the places, years and figures of the generated article. Sentences
/// from several sources, none read twice, keep two articles from being near-duplicates by accident; keeping each
/// source's order keeps a paragraph readable.
/// </summary>
internal sealed class TextComposer(Random random, RealSentences real)
{
    private const int SourcesPerArticle = 3;
    private readonly HashSet<(SourceArticle, int, int)> _openings = [];

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(double probability) => random.NextDouble() < probability;

    public int Between(int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    public string PersonName() =>
        Pick(DomainPhrases.Surnames) + Pick(DomainPhrases.GivenNameCharacters) + (Chance(0.6) ? Pick(DomainPhrases.GivenNameCharacters) : "");

    /// <summary>An article from <paramref name="place"/> in <paramref name="year"/>; <paramref name="prefix"/> (a place) may open its title.</summary>
    public ComposedArticle Article(ArticlePlace place, int year, string? prefix)
    {
        var title = Title(place, year);
        if (prefix is not null && Chance(0.4) && !title.StartsWith(prefix, StringComparison.Ordinal))
        {
            title = Chance(0.5) ? $"{prefix}：{title}" : prefix + title;
        }
        return new ComposedArticle(title, Paragraphs(place, year, ArticleLength()), place, year);
    }

    /// <summary>A notice: a real notice's title (关于…的通知) or one in its manner, and real paragraphs.</summary>
    public ComposedArticle Notice(ArticlePlace place, int year)
    {
        var title = real.NoticeTitles.Count > 0 && Chance(0.5)
            ? Pick(real.NoticeTitles).Fill(place, year, random)
            : $"关于{Pick(DomainPhrases.Actions)}{Pick(DomainPhrases.TopicNames)}{Pick(DomainPhrases.Objects)}的{(Chance(0.8) ? "通知" : "意见")}";
        return new ComposedArticle(title, Paragraphs(place, year, ArticleLength()), place, year);
    }

    /// <summary>One real sentence, for an article's place and year.</summary>
    public string Sentence(ArticlePlace place, int year)
    {
        var paragraph = Pick(Pick(real.Articles).Paragraphs);
        return Pick(paragraph).Fill(place, year, random);
    }

    /// <summary>A real title (often), or a headline of stock phrases as bulletins write them (宜秀区：筑牢疫情防控红色堡垒).</summary>
    private string Title(ArticlePlace place, int year)
    {
        if (real.Titles.Count > 0 && Chance(0.7)) return Pick(real.Titles).Fill(place, year, random);
        var topic = Pick(DomainPhrases.TopicNames);
        return Between(0, 2) switch
        {
            0 => $"{Pick(DomainPhrases.Actions)}{topic}“{Pick(DomainPhrases.Objects)}”",
            1 => $"{topic}{Pick(DomainPhrases.Actions)}{Pick(DomainPhrases.Objects)}",
            _ => $"{place.County}{Pick(DomainPhrases.Actions)}{topic}{Pick(DomainPhrases.Objects)}",
        };
    }

    /// <summary>Paragraphs of real sentences adding up to about <paramref name="characters"/> characters.</summary>
    private List<string> Paragraphs(ArticlePlace place, int year, int characters)
    {
        var sources = Enumerable.Range(0, SourcesPerArticle).Select(_ => new Reading(Pick(real.Articles), random, _openings)).ToArray();
        var paragraphs = new List<string>();
        var total = 0;
        while (total < characters)
        {
            var paragraph = new StringBuilder();
            var sentences = Between(1, 5);
            for (var i = 0; i < sentences && total + paragraph.Length < characters; i++)
            {
                var which = Chance(0.6) ? 0 : Between(1, SourcesPerArticle - 1);
                var (sentence, endsParagraph) = sources[which].Next();
                if (sources[which].Done) sources[which] = new Reading(Pick(real.Articles), random, _openings);
                paragraph.Append(sentence.Fill(place, year, random));
                if (endsParagraph && Chance(0.5)) break;
            }
            paragraphs.Add(paragraph.ToString());
            total += paragraph.Length;
        }
        // A sentence cut off where the source's excerpt ended, or a heading, does not end an article.
        if (paragraphs[^1][^1] is not ('。' or '！' or '？' or '”')) paragraphs[^1] += "。";
        return paragraphs;
    }

    /// <summary>An article length between 300 and 3,000 characters, most of them around 1,000.</summary>
    private int ArticleLength() => Math.Clamp((int)(300 + 2700 * Math.Pow(random.NextDouble(), 1.8)), 300, 3000);

    /// <summary>
    /// A real article read sentence by sentence from a random paragraph to its end; where that paragraph opened a
    /// reading before, from a random sentence no reading opened at (a few draws), or a page stored as one long
    /// paragraph, or of few sentences, would open every article it leads alike.
    /// </summary>
    private sealed class Reading
    {
        private readonly SourceArticle _article;
        private int _paragraph;
        private int _sentence;

        public Reading(SourceArticle article, Random random, HashSet<(SourceArticle, int, int)> openings)
        {
            _article = article;
            _paragraph = random.Next(article.Paragraphs.Length);
            if (openings.Add((article, _paragraph, 0))) return;
            var sentences = article.Paragraphs.Sum(p => p.Length);
            for (var draw = 0; draw < 4; draw++)
            {
                _sentence = random.Next(sentences);
                for (_paragraph = 0; _sentence >= article.Paragraphs[_paragraph].Length; _paragraph++) _sentence -= article.Paragraphs[_paragraph].Length;
                if (openings.Add((article, _paragraph, _sentence))) return;
            }
        }

        public bool Done => _paragraph == _article.Paragraphs.Length;

        public (TextTemplate Sentence, bool EndsParagraph) Next()
        {
            var paragraph = _article.Paragraphs[_paragraph];
            var sentence = paragraph[_sentence++];
            var ends = _sentence >= paragraph.Length;
            if (ends)
            {
                _sentence = 0;
                _paragraph++;
            }
            return (sentence, ends);
        }
    }
}
