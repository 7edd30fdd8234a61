// Heat method and Dijkstra geodesics.
#include "core/geometry/geodesics.h"

#include <cmath>
#include <limits>
#include <queue>

#include <Eigen/SparseCholesky>
#include <Eigen/SparseCore>

namespace myo {
namespace {

using Sparse = Eigen::SparseMatrix<double>;
using Triplet = Eigen::Triplet<double>;
constexpr float kInfinity = std::numeric_limits<float>::infinity();

glm::dvec3 at(const SurfaceMesh& mesh, std::uint32_t v) {
  return glm::dvec3(mesh.positions[v]);
}

// Cotangent of the angle between a and b.
double cotangent(const glm::dvec3& a, const glm::dvec3& b) {
  const double sine = glm::length(glm::cross(a, b));
  return sine > 1e-20 ? glm::dot(a, b) / sine : 0.0;
}

// Vertex-to-vertex adjacency with edge lengths.
std::vector<std::vector<std::pair<std::uint32_t, float>>> adjacency(const SurfaceMesh& mesh) {
  std::vector<std::vector<std::pair<std::uint32_t, float>>> out(mesh.positions.size());
  for (const auto& f : mesh.faces)
    for (int e = 0; e < 3; ++e) {
      const std::uint32_t a = f[e], b = f[(e + 1) % 3];
      const float length = glm::distance(mesh.positions[a], mesh.positions[b]);
      out[a].push_back({b, length});
      out[b].push_back({a, length});
    }
  for (const SurfaceBridge& bridge : mesh.bridges) {
    const float length = glm::distance(mesh.positions[bridge.a], mesh.positions[bridge.b]);
    out[bridge.a].push_back({bridge.b, length});
    out[bridge.b].push_back({bridge.a, length});
  }
  return out;
}

}  // namespace

EdgeGraphDistance::EdgeGraphDistance(const SurfaceMesh& mesh) : neighbours_(adjacency(mesh)) {}

std::vector<float> dijkstraDistances(const SurfaceMesh& mesh,
                                     const std::vector<std::uint32_t>& sources) {
  return EdgeGraphDistance(mesh).distances(sources);
}

std::vector<float> EdgeGraphDistance::distances(const std::vector<std::uint32_t>& sources) const {
  std::vector<float> distance(neighbours_.size(), kInfinity);
  using Entry = std::pair<float, std::uint32_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
  for (const std::uint32_t s : sources) {
    distance[s] = 0.0f;
    queue.push({0.0f, s});
  }
  while (!queue.empty()) {
    const auto [d, v] = queue.top();
    queue.pop();
    if (d > distance[v]) continue;
    for (const auto& [w, length] : neighbours_[v])
      if (d + length < distance[w]) {
        distance[w] = d + length;
        queue.push({distance[w], w});
      }
  }
  return distance;
}

struct HeatGeodesics::Impl {
  const SurfaceMesh* mesh = nullptr;
  Eigen::SimplicialLDLT<Sparse> heat;     // M + tL
  Eigen::SimplicialLDLT<Sparse> poisson;  // L + εM
  std::vector<double> mass;               // lumped, per vertex
  bool ok = false;
};

HeatGeodesics::HeatGeodesics(const SurfaceMesh& mesh, float timeFactor)
    : impl_(std::make_unique<Impl>()) {
  impl_->mesh = &mesh;
  const auto n = static_cast<Eigen::Index>(mesh.positions.size());
  std::vector<Triplet> laplacian;
  laplacian.reserve(mesh.faces.size() * 12);
  impl_->mass.assign(mesh.positions.size(), 0.0);
  for (const auto& f : mesh.faces) {
    const glm::dvec3 p[3] = {at(mesh, f[0]), at(mesh, f[1]), at(mesh, f[2])};
    const double area = 0.5 * glm::length(glm::cross(p[1] - p[0], p[2] - p[0]));
    for (int i = 0; i < 3; ++i) {
      impl_->mass[f[i]] += area / 3.0;
      // The angle at vertex i weighs the opposite edge (j, k).
      const int j = (i + 1) % 3, k = (i + 2) % 3;
      const double w = 0.5 * cotangent(p[j] - p[i], p[k] - p[i]);
      laplacian.emplace_back(f[j], f[k], -w);
      laplacian.emplace_back(f[k], f[j], -w);
      laplacian.emplace_back(f[j], f[j], w);
      laplacian.emplace_back(f[k], f[k], w);
    }
  }
  Sparse L(n, n), M(n, n);
  L.setFromTriplets(laplacian.begin(), laplacian.end());
  std::vector<Triplet> massTriplets;
  for (Eigen::Index i = 0; i < n; ++i)
    massTriplets.emplace_back(i, i, impl_->mass[static_cast<std::size_t>(i)]);
  M.setFromTriplets(massTriplets.begin(), massTriplets.end());
  const double h = mesh.meanEdgeLength();
  const double t = timeFactor * h * h;
  impl_->heat.compute(M + t * L);
  impl_->poisson.compute(L + 1e-8 * M);
  impl_->ok = impl_->heat.info() == Eigen::Success && impl_->poisson.info() == Eigen::Success;
}

HeatGeodesics::~HeatGeodesics() = default;
HeatGeodesics::HeatGeodesics(HeatGeodesics&&) noexcept = default;
HeatGeodesics& HeatGeodesics::operator=(HeatGeodesics&&) noexcept = default;

bool HeatGeodesics::ok() const {
  return impl_ && impl_->ok;
}

std::vector<float> HeatGeodesics::distances(const std::vector<std::uint32_t>& sources) const {
  if (!impl_) return {};  // moved from: no mesh to measure on
  const SurfaceMesh& mesh = *impl_->mesh;
  const auto n = static_cast<Eigen::Index>(mesh.positions.size());
  if (!ok() || sources.empty()) return std::vector<float>(mesh.positions.size(), kInfinity);
  // 1. Heat flow from the sources for time t.
  Eigen::VectorXd delta = Eigen::VectorXd::Zero(n);
  for (const std::uint32_t s : sources) delta[s] = 1.0;
  const Eigen::VectorXd u = impl_->heat.solve(delta);
  // 2. The normalised negative gradient per face, 3. its integrated divergence per vertex.
  Eigen::VectorXd divergence = Eigen::VectorXd::Zero(n);
  for (const auto& f : mesh.faces) {
    const glm::dvec3 p[3] = {at(mesh, f[0]), at(mesh, f[1]), at(mesh, f[2])};
    const glm::dvec3 normal = glm::cross(p[1] - p[0], p[2] - p[0]);
    const double area2 = glm::length(normal);
    if (area2 <= 0.0) continue;
    const glm::dvec3 unit = normal / area2;
    glm::dvec3 gradient(0.0);
    for (int i = 0; i < 3; ++i)  // edge opposite vertex i, counter-clockwise
      gradient += u[f[i]] * glm::cross(unit, p[(i + 2) % 3] - p[(i + 1) % 3]);
    gradient /= area2;
    const double length = glm::length(gradient);
    if (length <= 0.0) continue;
    const glm::dvec3 X = -gradient / length;
    for (int i = 0; i < 3; ++i) {
      const int j = (i + 1) % 3, k = (i + 2) % 3;
      const glm::dvec3 e1 = p[j] - p[i], e2 = p[k] - p[i];
      const double cotK = cotangent(p[i] - p[k], p[j] - p[k]);  // angle at k, opposite e1
      const double cotJ = cotangent(p[i] - p[j], p[k] - p[j]);  // angle at j, opposite e2
      divergence[f[i]] += 0.5 * (cotK * glm::dot(e1, X) + cotJ * glm::dot(e2, X));
    }
  }
  // 4. The distance whose gradient best matches X: L φ = -div (L positive semidefinite).
  const Eigen::VectorXd phi = impl_->poisson.solve(-divergence);
  // Shift so the sources sit at 0. The field is least accurate right at a source (its gradient
  // is undefined there), so the shift is taken from the source's neighbours: on average they
  // lie their edge length away.
  std::vector<double> sum(sources.size(), 0.0);
  std::vector<int> count(sources.size(), 0);
  for (const auto& f : mesh.faces)
    for (std::size_t k = 0; k < sources.size(); ++k)
      for (int e = 0; e < 3; ++e)
        if (f[e] == sources[k])
          for (const int other : {(e + 1) % 3, (e + 2) % 3}) {
            const std::uint32_t v = f[other];
            sum[k] += phi[v] - glm::distance(at(mesh, v), at(mesh, sources[k]));
            ++count[k];
          }
  double base = 0.0;  // several sources: the mean of their estimates
  for (std::size_t k = 0; k < sources.size(); ++k)
    base +=
        (count[k] > 0 ? sum[k] / count[k] : phi[sources[k]]) / static_cast<double>(sources.size());
  // Vertices the heat never reached lie on another component.
  std::vector<float> out(mesh.positions.size());
  for (Eigen::Index i = 0; i < n; ++i)
    out[static_cast<std::size_t>(i)] =
        u[i] > 0.0 ? static_cast<float>(std::max(0.0, phi[i] - base)) : kInfinity;
  for (const std::uint32_t s : sources) out[s] = 0.0f;
  return out;
}

}  // namespace myo
