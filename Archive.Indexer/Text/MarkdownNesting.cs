namespace Archive.Indexer.Text;

/// <summary>
/// How Markdown's containers (block quotes and list items) nest, estimated in one pass over the starts of lines before
/// Markdig sees them. Markdig walks each line through every container open around it, and checks its own depth limit only
/// once it has parsed the whole text: 20,000 list markers on one line, or lists nested 2,000 deep by indentation, held a
/// core for seconds. The estimate follows CommonMark where it matters (a quote continues on a line with its '>', a list
/// item on a line indented to its content or a blank one, a paragraph's lazy line keeps what is open) and otherwise
/// errs deep: a thematic break of list markers, or markers in a code block, count as lists.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>Containers within one another at most; writers nest lists and quotes a few deep, Markdig refuses past 64.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Containers around the lines, summed over the lines, at most: what Markdig's work on containers grows with. A long
    /// document in lists two deep has a few ten thousand; lines of 32 list markers each cost Markdig about 1 µs a
    /// container.
    /// </summary>
    public const int MaxContainedLines = 200_000;

    /// <summary>Whether the text's containers nest deeper than <see cref="MaxDepth"/> or hold more than <see cref="MaxContainedLines"/> lines.</summary>
    public static bool IsTooDeep(string text)
    {
        var open = new List<Container>();
        var opened = new List<Container>();
        long contained = 0;
        var previousBlank = true;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = new Line(text, start, end);
            var matched = 0;
            while (matched < open.Count && line.Continues(open[matched])) matched++;
            opened.Clear();
            while (matched + opened.Count <= MaxDepth && line.Opens() is { } container) opened.Add(container);
            var lazy = opened.Count == 0 && !line.IsBlank && !previousBlank;
            if (!lazy)
            {
                open.RemoveRange(matched, open.Count - matched);
                open.AddRange(opened);
            }
            if (matched + opened.Count > MaxDepth || (contained += open.Count) > MaxContainedLines) return true;
            previousBlank = line.IsBlank;
            start = end + 1;
        }
        return false;
    }

    /// <summary>A block quote, or a list item whose lines are indented to its content's column.</summary>
    private readonly record struct Container(bool Quote, int Column);

    /// <summary>
    /// A cursor over one line: the column read up to, and the next character that is not white space with its column
    /// (a tab moves to the next multiple of four), found once after each move over the text.
    /// </summary>
    private struct Line
    {
        private readonly string _text;
        private readonly int _end;
        private int _column;
        private int _next;
        private int _nextColumn;

        public Line(string text, int start, int end)
        {
            (_text, _end) = (text, end);
            Skip(start, 0);
            IsBlank = _next == _end;
        }

        public bool IsBlank { get; }

        private readonly int Indent => _nextColumn - _column;

        /// <summary>Whether the line stays in the container: past its '>', or indented to its content (or blank).</summary>
        public bool Continues(Container container)
        {
            if (container.Quote)
            {
                if (_next == _end || Indent > 3 || _text[_next] != '>') return false;
                After(_next + 1, _nextColumn + 1);
                return true;
            }
            if (_next == _end) return true;
            if (_nextColumn < container.Column) return false;
            _column = container.Column;
            return true;
        }

        /// <summary>The container that starts here (a '>', or a list marker followed by white space), moved past; or null.</summary>
        public Container? Opens()
        {
            if (_next == _end || Indent > 3) return null;
            if (_text[_next] == '>')
            {
                After(_next + 1, _nextColumn + 1);
                return new Container(true, 0);
            }
            var marker = MarkerEnd();
            if (marker < 0) return null;
            var markerColumn = _nextColumn + (marker - _next);
            Skip(marker, markerColumn);
            // The content starts after one to four spaces; past them (or on an empty item) one space is the marker's.
            _column = _next == _end || _nextColumn - markerColumn > 4 ? markerColumn + 1 : _nextColumn;
            return new Container(false, _column);
        }

        /// <summary>The end of a list marker here (-, +, * or up to nine digits and '.' or ')') followed by white space or the line's end; -1 if none.</summary>
        private readonly int MarkerEnd()
        {
            var at = _next;
            if (_text[at] is '-' or '+' or '*') at++;
            else
            {
                while (at < _end && at - _next < 9 && char.IsAsciiDigit(_text[at])) at++;
                if (at == _next || at == _end || _text[at] is not ('.' or ')')) return -1;
                at++;
            }
            return at == _end || _text[at] is ' ' or '\t' ? at : -1;
        }

        /// <summary>Moves past a quote's '>' and the one space that may follow it.</summary>
        private void After(int at, int column)
        {
            if (at < _end && _text[at] == ' ') (at, column) = (at + 1, column + 1);
            Skip(at, column);
        }

        /// <summary>Reads from <paramref name="at"/> (at <paramref name="column"/>) to the next character that is not white space.</summary>
        private void Skip(int at, int column)
        {
            _column = column;
            while (at < _end && _text[at] is ' ' or '\t' or '\r')
            {
                column = _text[at] == '\t' ? column + 4 - column % 4 : column + 1;
                at++;
            }
            (_next, _nextColumn) = (at, column);
        }
    }
}
