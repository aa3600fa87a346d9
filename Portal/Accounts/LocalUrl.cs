namespace Portal.Accounts;

/// <summary>Return addresses after login: only paths of this site, never another host (open redirect).</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

    public static string LoginFor(string? returnUrl) =>
        OrHome(returnUrl) is var local && local == "/" ? "/login" : $"/login?returnUrl={Uri.EscapeDataString(local)}";
}
