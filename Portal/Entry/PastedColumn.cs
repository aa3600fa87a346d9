namespace Portal.Entry;

/// <summary>
/// A column copied from Excel: one value a line (\r\n, \n or \r), a trailing line break, and with several columns
/// selected, tab-separated cells of which the first is taken (unquoted). An empty cell stays empty: its row is left as it is.
/// </summary>
public static class PastedColumn
{
    public static IReadOnlyList<string> Cells(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1])) lines.RemoveAt(lines.Count - 1);
        return lines.Select(l => l.Split('\t')[0].Trim().Trim('"').Trim()).ToList();
    }
}
