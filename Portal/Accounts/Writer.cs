using System.Security.Claims;
using Portal.Domain.Localization;

namespace Portal.Accounts;

/// <summary>
/// Who is writing: every write records a name. Until accounts exist (see the accounts issue) pages and API are
/// open and an unauthenticated writer is recorded as 匿名用户.
/// </summary>
public static class Writer
{
    public static string Anonymous => AccountMessages.Text.Get("Writer.Anonymous", TextResource.Chinese);

    public static string NameOf(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
}
