using System.Text;
using Portal.Domain;
using Portal.Domain.PlanImport;

namespace Portal.PlanImport;

/// <summary>
/// Placeholder of the extractor engineer's document reader (issue 12, parts 1–2), with its exact signature: reads a
/// .txt (UTF-8) and hands its text to <see cref="PlanExtractor"/>. Replaced by theirs (.docx, .pdf, GB18030) at the merge.
/// </summary>
public static class PlanDocuments
{
    public static ExtractedPlan Extract(string fileName, Stream content)
    {
        if (!string.Equals(Path.GetExtension(fileName), ".txt", StringComparison.OrdinalIgnoreCase))
            throw new DomainException($"暂不能读取“{fileName}”：目前只支持 .txt 文本文件。", "file");
        using var reader = new StreamReader(content, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return PlanExtractor.Extract(reader.ReadToEnd());
    }
}
