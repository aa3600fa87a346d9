namespace Portal.Accounts.Tokens;

public enum TokenSource { None, Header, Query, Cookie }

/// <summary>
/// Where a request carries a token: an Authorization: Bearer header; the access_token query parameter on /hubs
/// (browsers cannot set headers on WebSockets, so SignalR clients send it there); ?token= on the kiosk entry
/// points; or, for the wall's own circuit, the kiosk cookie set when the wall was opened with ?token=.
/// </summary>
public static class TokenReader
{
    public static (string? Token, TokenSource Source) Read(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return (header[7..].Trim(), TokenSource.Header);
        if (request.Path.StartsWithSegments("/hubs") && request.Query["access_token"] is [{ Length: > 0 } fromHub])
            return (fromHub, TokenSource.Query);
        if (KioskAccess.AcceptsQueryToken(request.Path) && request.Query["token"] is [{ Length: > 0 } fromWall])
            return (fromWall, TokenSource.Query);
        if (request.Cookies[KioskCookie.Name] is { Length: > 0 } fromCookie) return (fromCookie, TokenSource.Cookie);
        return (null, TokenSource.None);
    }
}
