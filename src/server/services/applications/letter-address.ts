/** The address with its district, unless the family's address already names it ("…, Nəsimi rayonu"). */
export function withDistrict(address: string | null, districtName: string | null): string {
  if (!address) return districtName ?? "";
  if (!districtName || address.toLocaleLowerCase("az").includes(districtName.toLocaleLowerCase("az"))) return address;
  return `${address}, ${districtName}`;
}
