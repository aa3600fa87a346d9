using Microsoft.AspNetCore.Diagnostics;
using Portal.Data;

namespace Portal.Api;

/// <summary>
/// Every error under /api is problem+json with a Chinese message: a request the server could not read (too large,
/// cut off), a bare status code (an unknown route, a wrong method), a database that cannot be reached (503 with
/// Retry-After, ADR 019) and, as a last resort, an unexpected exception.
/// </summary>
internal sealed class ApiErrorMiddleware(RequestDelegate next, IProblemDetailsService problems, ILogger<ApiErrorMiddleware> log)
{
    public async Task InvokeAsync(HttpContext http)
    {
        // The HTML status-code pages are for people in a browser, not for feeds.
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        try
        {
            await next(http);
        }
        catch (BadHttpRequestException e) when (!http.Response.HasStarted)
        {
            await WriteAsync(http, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "请求体过大，服务器未读取。单个数据的请求体应在几 KB 以内（备注最多 2000 个字符）；大批数据请用 CSV 导入。"
                : "服务器无法读取这个请求（可能被截断或格式不对）。请检查后重新发送。");
            return;
        }
        catch (Exception e) when (!http.Response.HasStarted && DatabaseOutage.Is(e))
        {
            log.LogWarning(e, "The database could not be reached on {Method} {Path}", http.Request.Method, http.Request.Path);
            await WriteAsync(http, StatusCodes.Status503ServiceUnavailable,
                $"暂时无法连接数据库（可能正在重启或维护），本次请求没有完成。请在 {DatabaseOutage.RetryAfterSeconds} 秒后重试。",
                DatabaseOutage.RetryAfterSeconds);
            return;
        }
        catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            log.LogError(e, "Unhandled exception on {Method} {Path}", http.Request.Method, http.Request.Path);
            await WriteAsync(http, StatusCodes.Status500InternalServerError,
                "服务器处理请求时出现意外错误，本次请求没有完成。请稍后重试；若仍然出错，请把请求的时间告诉管理员。");
            return;
        }
        var response = http.Response;
        if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            await WriteAsync(http, response.StatusCode, BareStatus(response.StatusCode));
    }

    private static string BareStatus(int status) => status switch
    {
        StatusCodes.Status404NotFound => "没有这个 API 地址。可用的地址见 README 的“API”一节，例如 GET /api/plans。",
        StatusCodes.Status405MethodNotAllowed => "这个地址不支持该请求方法（GET/PUT/POST/DELETE）。请对照 README 的“API”一节。",
        StatusCodes.Status415UnsupportedMediaType => "不支持这种请求内容类型。数据请用 application/json，导入请用 text/csv。",
        _ => "请求未能完成。",
    };

    private Task WriteAsync(HttpContext http, int status, string detail, int? retryAfterSeconds = null)
    {
        http.Response.Clear();
        http.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = ApiProblems.TitleFor(status), Detail = detail },
        }).AsTask();
    }
}
