using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;

namespace Portal.Data.Configurations;

internal sealed class LibraryConfiguration : IEntityTypeConfiguration<Library>
{
    public void Configure(EntityTypeBuilder<Library> b)
    {
        b.ToTable("Libraries");
        b.HasIndex(l => l.Code).IsUnique();
        b.HasIndex(l => l.ParentId);
        b.Property(l => l.Code).HasMaxLength(40);
        b.Property(l => l.Name).HasMaxLength(100);
        b.Property(l => l.Level).HasConversion<string>().HasMaxLength(10);
        b.HasOne<Library>().WithMany().HasForeignKey(l => l.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(l => l.CreatedAt).HasConversion(UtcTicks.Converter);
        b.Property(l => l.RetiredAt).HasConversion(UtcTicks.Converter);
    }
}
