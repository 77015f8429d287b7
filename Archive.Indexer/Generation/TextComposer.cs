using System.Text;

namespace Archive.Indexer.Generation;

/// <summary>Composes titles, sentences, paragraphs and names from domain phrases and dictionary words.</summary>
internal sealed class TextComposer(Random random, Vocabulary vocabulary)
{
    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(double probability) => random.NextDouble() < probability;

    public int Between(int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    public string PersonName() =>
        Pick(DomainPhrases.Surnames) + Pick(DomainPhrases.GivenNameCharacters) + (Chance(0.6) ? Pick(DomainPhrases.GivenNameCharacters) : "");

    /// <summary>A headline on the topic, without a full stop: 宜秀区：筑牢疫情防控红色堡垒.</summary>
    public string Title(Topic topic, string? place)
    {
        var core = Between(0, 3) switch
        {
            0 => $"{Pick(DomainPhrases.Actions)}{topic.Name}“{Pick(DomainPhrases.Objects)}”",
            1 => $"“{vocabulary.Draw(random)}+{vocabulary.Draw(random)}”{Pick(DomainPhrases.Actions)}{Pick(DomainPhrases.Objects)}",
            2 => $"{topic.Name}{Pick(DomainPhrases.Actions)}{Pick(DomainPhrases.Objects)} {Pick(DomainPhrases.Actions)}{vocabulary.Draw(random)}{Pick(DomainPhrases.Objects)}",
            _ => $"{Pick(DomainPhrases.Actions)}{vocabulary.Draw(random)}{vocabulary.Draw(random)} {Pick(DomainPhrases.Actions)}{topic.Name}",
        };
        return place is null ? core : Chance(0.5) ? $"{place}：{core}" : $"{place}{core}";
    }

    /// <summary>
    /// One sentence ending in 。: dictionary words and a figure, and in a little under half of them a measure,
    /// nearly always one of the topic's.
    /// </summary>
    public string Sentence(Topic topic)
    {
        var sentence = new StringBuilder();
        if (Chance(0.25))
        {
            sentence.Append(Pick(DomainPhrases.Openings));
        }

        if (Chance(0.45))
        {
            sentence.Append(Chance(0.9) ? Pick(topic.Measures) : Pick(DomainPhrases.Measures)).Append('，');
        }
        var words = Between(3, 8);
        for (var i = 0; i < words; i++)
        {
            sentence.Append(vocabulary.Draw(random));
            if (i == words / 2)
            {
                sentence.Append('，');
            }
        }

        if (Chance(0.5))
        {
            sentence.Append("，累计组织").Append(Between(3, 9800)).Append(Pick(DomainPhrases.Units));
        }

        if (Chance(0.3))
        {
            sentence.Append('，').Append(Pick(DomainPhrases.Results));
        }

        return sentence.Append('。').ToString();
    }

    /// <summary>Paragraphs of sentences on the topic adding up to about <paramref name="characters"/> characters.</summary>
    public List<string> Paragraphs(Topic topic, int characters)
    {
        var paragraphs = new List<string>();
        var total = 0;
        while (total < characters)
        {
            var paragraph = new StringBuilder();
            var sentences = Between(2, 5);
            for (var i = 0; i < sentences && total + paragraph.Length < characters; i++)
            {
                paragraph.Append(Sentence(topic));
            }

            paragraphs.Add(paragraph.ToString());
            total += paragraph.Length;
        }

        return paragraphs;
    }

    /// <summary>An article length between 300 and 3,000 characters, most of them around 1,000.</summary>
    public int ArticleLength() => Math.Clamp((int)(300 + 2700 * Math.Pow(random.NextDouble(), 1.8)), 300, 3000);
}
