using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Attachments;

public static class AttachmentStoreRegistration
{
    /// <summary>The attachment store on the service's own database: large objects written in the request's transaction on <typeparamref name="TContext"/>.</summary>
    public static IServiceCollection AddAttachmentStore<TContext>(this IServiceCollection services) where TContext : DbContext =>
        services.AddScoped<IAttachmentStore>(provider => new LargeObjectStore(provider.GetRequiredService<TContext>()));
}
