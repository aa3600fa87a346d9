using Portal.Domain;
using Portal.Domain.PlanImport;
using Portal.Shared;

namespace Portal.PlanImport;

/// <summary>
/// Reads an uploaded plan document (.txt, .docx, .pdf) into an <see cref="ExtractedPlan"/>: the file's text by its
/// format, then the domain's <see cref="PlanExtractor"/>. Used by `plan extract` and the upload page. A file it
/// cannot read is refused with a <see cref="DomainException"/> that says what to do.
/// </summary>
public static class PlanDocuments
{
    /// <summary>Larger than any 工作要点; a bigger upload is not a plan.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public static readonly string[] Extensions = [".docx", ".pdf", ".txt"];

    public static ExtractedPlan Extract(string fileName, Stream content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var text = extension switch
        {
            ".txt" => TextLines.SingleSpaced(TextEncodings.Decode(ReadAll(content))),
            ".docx" => DocxText.Read(new MemoryStream(ReadAll(content))),
            ".pdf" => PdfText.Read(new MemoryStream(ReadAll(content))),
            ".doc" or ".wps" => throw new DomainException($"不支持旧版 Word 格式（{extension}）。请在 Word 或 WPS 中打开，另存为 .docx 后再上传。"),
            _ => throw new DomainException($"不支持“{Path.GetFileName(fileName)}”这种文件。请上传工作要点的 .docx、.pdf 或 .txt 文件。"),
        };
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException($"“{Path.GetFileName(fileName)}”里没有文字。请确认选对了文件。");
        var plan = PlanExtractor.Extract(text);
        // Any outline is read, and a text without one becomes a list of paragraphs: only a title alone is refused.
        if (plan.Sections.Count == 0)
            throw new DomainException($"“{Path.GetFileName(fileName)}”里只有一行标题，没有正文。请确认选对了文件。");
        return plan;
    }

    private static byte[] ReadAll(Stream content)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) throw new DomainException($"文件超过 {MaxBytes / 1024 / 1024} MB，不像是一份工作要点。请检查是否选错了文件。");
        }
        return buffer.ToArray();
    }
}
