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
                ? ApiText.Text["Error.TooLarge"]
                : ApiText.Text["Error.Unreadable"]);
            return;
        }
        catch (Exception e) when (!http.Response.HasStarted && DatabaseOutage.Is(e))
        {
            log.LogWarning(e, "The database could not be reached on {Method} {Path}", http.Request.Method, http.Request.Path);
            await WriteAsync(http, StatusCodes.Status503ServiceUnavailable,
                ApiText.Text.Format("Error.DatabaseDown", DatabaseOutage.RetryAfterSeconds),
                DatabaseOutage.RetryAfterSeconds);
            return;
        }
        catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            log.LogError(e, "Unhandled exception on {Method} {Path}", http.Request.Method, http.Request.Path);
            await WriteAsync(http, StatusCodes.Status500InternalServerError,
                ApiText.Text["Error.Unexpected"]);
            return;
        }
        var response = http.Response;
        if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            await WriteAsync(http, response.StatusCode, BareStatus(response.StatusCode));
    }

    private static string BareStatus(int status) => status switch
    {
        StatusCodes.Status404NotFound => ApiText.Text["Error.NoRoute"],
        StatusCodes.Status405MethodNotAllowed => ApiText.Text["Error.Method"],
        StatusCodes.Status415UnsupportedMediaType => ApiText.Text["Error.MediaType"],
        _ => ApiText.Text["Error.Other"],
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
