using System.Net.Http.Json;
using System.Text.Json;
using Portal.Data.Entities;
using Portal.Domain.Localization;

namespace Portal.Reporting.Reminders;

/// <summary>A robot refused a message for sending too fast (钉钉 130101, 企业微信 45009): wait before trying again.</summary>
public sealed class RobotThrottledException(string message) : Exception(message);

/// <summary>
/// Posts a digest to a 企业微信 or 钉钉 group robot. Both take the same text message JSON and answer
/// {"errcode":0,…} on success, so an HTTP 200 with another errcode is a failure too.
/// </summary>
public sealed class RobotPoster(IHttpClientFactory clients)
{
    public const string Client = "robots";
    private static readonly int[] TooFast = [130101, 45009];

    public async Task SendAsync(ReminderDelivery delivery, CancellationToken ct)
    {
        using var response = await clients.CreateClient(Client).PostAsJsonAsync(delivery.Target,
            new { msgtype = "text", text = new { content = delivery.Body } }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException(ReportingMessages.Text.Format(TextResource.Chinese, "Robot.Http", (int)response.StatusCode, Shorten(body)));
        if (ErrorCode(body) is { } code and not 0)
        {
            var text = ReportingMessages.Text.Format(TextResource.Chinese, "Robot.Refused", code, Shorten(body));
            throw TooFast.Contains(code) ? new RobotThrottledException(text) : new HttpRequestException(text);
        }
    }

    private static int? ErrorCode(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("errcode", out var code)
                && code.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
