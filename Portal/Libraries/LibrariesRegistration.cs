using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Libraries;

public static class LibrariesRegistration
{
    /// <summary>The tree of libraries, each circuit's scope and the library commands' service (ADR 039).</summary>
    public static IServiceCollection AddLibraries(this IServiceCollection services)
    {
        services.AddSingleton<LibraryTree>();
        services.AddScoped<LibraryAdmin>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, LibraryCircuitScope>());
        return services;
    }
}
