using System.Text.RegularExpressions;

namespace Portal.Domain.PlanImport;

/// <summary>An item of the outline with the joined text its targets are looked for in.</summary>
public sealed record OutlineItem(string Code, MappedText Text);

/// <summary>The document's outline: title, year, the section tree and its items in order.</summary>
public sealed record Outline(string Title, int? Year, IReadOnlyList<ExtractedSection> Sections, IReadOnlyList<OutlineItem> Items);

/// <summary>
/// Reads the outline of a 工作要点 from its lines: the title (the first line, or two when the first has no
/// 要点/计划), then sections, sub-sections and items as <see cref="OutlineLevels"/> picks them from the labels the
/// document uses (in the seed: 一、, （一）, 1.), each running until the next label. A label counts only in
/// its sequence (二、 after 一、, 3. after 2.), so a line that happens to start with "3." inside a paragraph stays text.
/// Where a plan writes its tasks as （一）（二） with prose under them and no 1. items, each of them is an item
/// (一.1, 一.2); prose under a section with neither is its item 一.1, or 一.1, 一.2… when it counts off 一是……二是…….
/// A document without labels is read as <see cref="Paragraphs"/>.
/// </summary>
public static partial class OutlineParser
{
    public static Outline Parse(string text)
    {
        var lines = TextLines.Split(text).Where(l => !l.In(text).IsWhiteSpace() && !TextLines.IsPageFooter(l.In(text))).ToList();
        var labels = lines.Select(l => OutlineLabel.Read(l.In(text))).ToList();
        var roles = OutlineLevels.Assign(labels.OfType<OutlineLabel>());
        if (roles.Count == 0) return Paragraphs.Parse(text, lines);
        var builder = new Builder(text);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (labels[i] is { } label && roles.TryGetValue(label.Kind, out var role) && builder.Accepts(role, label.Number))
                builder.Open(role, label.Number, line, new TextLine(line.Start + label.TextStart, line.Length - label.TextStart));
            else
                builder.Continue(line);
        }
        return builder.Build();
    }

    /// <summary>The first year written in the title (2014, 二〇一六), else in the lines before the first section.</summary>
    public static int? FindYear(string text)
    {
        foreach (Match m in YearPattern().Matches(text))
        {
            var year = char.IsAsciiDigit(m.Value[0]) ? int.Parse(m.Groups[1].Value) : ChineseNumerals.ParseYear(m.Groups[1].Value);
            if (year is not null) return year;
        }
        return null;
    }

    [GeneratedRegex(@"((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年")]
    private static partial Regex YearPattern();

    private sealed class Node(string code, MappedText title)
    {
        public string Code { get; } = code;
        public MappedText Title { get; } = title;
        public MappedText Body { get; } = new(); // prose under the heading before any numbered item
        public List<(string Code, MappedText Text)> Items { get; } = [];
        public List<Node> Children { get; } = [];
    }

    private sealed class Builder(string text)
    {
        private readonly List<Node> _sections = [];
        private readonly List<string> _preamble = []; // the lines before the first section: title, date, foreword
        private Node? _section, _sub;
        private MappedText? _open; // the title or item text that continuation lines go to
        private bool _inTitle;
        private int _lastTitleLine; // the length of the heading's last line, to tell a wrapped heading
        private const int WrappedLine = 16;

        private Node? Container => _sub ?? _section;

        public bool Accepts(OutlineRole role, int number) => role switch
        {
            OutlineRole.Section => number == _sections.Count + 1,
            OutlineRole.SubSection => _section is not null && number == _section.Children.Count + 1
                && (number > 1 || _section.Items.Count == 0),
            _ => Container is { } c && number == c.Items.Count + 1,
        };

        public void Open(OutlineRole role, int number, TextLine line, TextLine rest)
        {
            var body = new MappedText();
            body.AppendLine(text, rest.Start, rest.Length);
            switch (role)
            {
                case OutlineRole.Section:
                    _section = new Node(SectionCode(number), body);
                    _sections.Add(_section);
                    _sub = null;
                    _inTitle = true;
                    _lastTitleLine = line.In(text).Trim().Length;
                    break;
                case OutlineRole.SubSection:
                    _sub = new Node($"{_section!.Code}({SectionCode(number)})", body);
                    _section.Children.Add(_sub);
                    _inTitle = true;
                    _lastTitleLine = line.In(text).Trim().Length;
                    break;
                default:
                    Container!.Items.Add(($"{Container.Code}.{number}", body));
                    _inTitle = false;
                    break;
            }
            _open = body;
        }

        public void Continue(TextLine line)
        {
            if (_open is null)
            {
                _preamble.Add(line.In(text).ToString().Trim(' ', '\t', '\u3000', '\uFEFF'));
                return;
            }
            // A heading goes on only when its line was full (wrapped), and for a line or two: a short heading, a
            // sentence or a long paragraph after it is the text under it.
            if (_inTitle && (_open.Text.Contains('。') || _lastTitleLine < WrappedLine || _open.Length + line.Length > 60)) _inTitle = false;
            if (_inTitle) _lastTitleLine = line.In(text).Trim().Length;
            var into = _inTitle || Container!.Items.Count > 0 ? _open : Container.Body;
            into.AppendLine(text, line.Start, line.Length);
        }

        public Outline Build()
        {
            var title = Paragraphs.TitleOf(_preamble);
            var items = new List<OutlineItem>();
            var sections = _sections.Select(s => ToSection(s, items)).ToList();
            return new Outline(title, FindYear(title) ?? FindYear(string.Join("\n", _preamble)), sections, items);
        }

        /// <summary>A sub-section that holds prose and no numbered items, or whose heading is a sentence.</summary>
        private static bool IsTask(Node sub) => sub.Items.Count == 0 && (sub.Body.Length > 0 || sub.Title.Text.Contains('。'));

        private static ExtractedSection ToSection(Node node, List<OutlineItem> items)
        {
            if (node.Items.Count == 0)
            {
                var tasks = node.Children.Where(IsTask).ToList();
                if (tasks.Count == node.Children.Count && tasks.Count > 0)
                {
                    // （一）…（二）… are the tasks themselves: heading and prose make item 一.1, 一.2.
                    node.Items.AddRange(tasks.Select((t, i) => ($"{node.Code}.{i + 1}", MappedText.Join(t.Title, t.Body))));
                    node.Children.Clear();
                }
                else if (node.Children.Count == 0 && node.Body.Length > 0)
                    node.Items.AddRange(Enumeration.Split(node.Body).Select((t, i) => ($"{node.Code}.{i + 1}", t)));
            }
            var own = node.Items.Select(i =>
            {
                items.Add(new OutlineItem(i.Code, i.Text));
                return new ExtractedItem(i.Code, i.Text.Text);
            }).ToList();
            var children = node.Children.Select(c => ToSection(c, items)).ToList();
            return new ExtractedSection(node.Code, node.Title.Text, own, children);
        }

        private static string SectionCode(int number) => number switch
        {
            <= 10 => Digit(number),
            < 20 => "十" + (number == 10 ? "" : Digit(number - 10)),
            _ => Digit(number / 10) + "十" + (number % 10 == 0 ? "" : Digit(number % 10)),
        };

        private static string Digit(int d) => d == 10 ? "十" : "零一二三四五六七八九"[d].ToString();
    }
}
