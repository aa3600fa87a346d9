using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;

namespace Portal.Data.Configurations;

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> b)
    {
        b.ToTable("AccessTokens");
        b.HasIndex(t => t.Hash).IsUnique();
        b.HasIndex(t => t.OwnerId);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(t => t.Label).HasMaxLength(100);
        b.Property(t => t.Hash).HasMaxLength(64);
        b.Property(t => t.Prefix).HasMaxLength(16);
        b.Property(t => t.CreatedBy).HasMaxLength(100);
        b.Property(t => t.RevokedBy).HasMaxLength(100);
        b.HasOne<PortalUser>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.Property(t => t.CreatedAt).HasConversion(UtcTicks.Converter);
        b.Property(t => t.LastUsedAt).HasConversion(UtcTicks.Converter);
        b.Property(t => t.RevokedAt).HasConversion(UtcTicks.Converter);
    }
}
