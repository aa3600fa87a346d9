using System.Text;

namespace Portal.Tests.Support.Api;

/// <summary>Import files as a person or Excel would write them.</summary>
public static class CsvFiles
{
    public const string Header = "kpi,division,month,value,note";

    public static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static byte[] Utf8WithBom(params string[] lines) => [.. Encoding.UTF8.GetPreamble(), .. Utf8(lines)];

    /// <summary>What Excel on Chinese Windows writes for "CSV (逗号分隔)".</summary>
    public static byte[] Gbk(params string[] lines) => Portal.Shared.TextEncodings.Gb18030.GetBytes(string.Join("\r\n", lines) + "\r\n");

    /// <summary>Distinct cells of the 2013 plan: every KPI × division × month in a fixed order, with whole values.</summary>
    public static IEnumerable<string> Rows(int count)
    {
        string[] kpis = ["circulation.loans", "circulation.visits", "readers.new-cards", "lectures.high-end", "ancient-books.repaired-pages", "network.reading-events",
            "circulation.recommended", "ancient-books.surveyed"];
        string[] divisions = ["reader-services", "branches", "mobile-library", "outreach", "ancient-books", "reference", "digital", "sharing", "research", "office", "acquisitions", "local-docs", "technology", "accessibility", "jiayetang"];
        var i = 0;
        foreach (var kpi in kpis)
            foreach (var division in divisions)
                for (var month = 1; month <= 12; month++)
                {
                    if (i++ == count) yield break;
                    yield return $"{kpi},{division},{month},{1_000 + i * 7},";
                }
    }
}
