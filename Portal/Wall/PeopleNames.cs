using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Wall;

/// <summary>The names the wall shows for who entered a figure: the person's display name, not their login.</summary>
public interface IPeopleNames
{
    /// <summary>Display names by login, for those of <paramref name="logins"/> that have one.</summary>
    Task<IReadOnlyDictionary<string, string>> OfAsync(IEnumerable<string> logins, CancellationToken ct = default);
}

/// <summary>
/// Reads display names from the accounts, one query for the logins it has not seen. A display name is set when the
/// account is created and never changes, so a name found is kept; a login without one (a feed, "演示数据") is asked
/// again after a minute, in case an account of that name is created meanwhile.
/// </summary>
public sealed class PeopleNames(IServiceScopeFactory scopes, TimeProvider clock) : IPeopleNames
{
    private static readonly TimeSpan AskAgainAfter = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _without = new(StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, string>> OfAsync(IEnumerable<string> logins, CancellationToken ct = default)
    {
        var wanted = logins.Distinct(StringComparer.Ordinal).ToList();
        var now = clock.GetUtcNow();
        var unknown = wanted.Where(l => !_names.ContainsKey(l) && !(_without.TryGetValue(l, out var until) && until > now)).ToList();
        if (unknown.Count > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            var found = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AsNoTracking()
                .Where(u => u.UserName != null && unknown.Contains(u.UserName) && u.DisplayName != null && u.DisplayName != "")
                .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(ct);
            foreach (var f in found) _names[f.UserName!] = f.DisplayName!;
            foreach (var l in unknown.Where(l => !_names.ContainsKey(l))) _without[l] = now + AskAgainAfter;
        }
        return wanted.Where(_names.ContainsKey).ToDictionary(l => l, l => _names[l], StringComparer.Ordinal);
    }
}
