# The libraries that quarks' own libraries link, found the same way by this
# build and by an installed quarksConfig.cmake (every one a Debian package,
# scripts/install-deps). QUARKS_WITH_COUNT says whether src/count's GLPK and
# cddlib are needed; MPI is found by src/count/CMakeLists.txt (optional) and by
# quarksConfig.cmake (when the installed quarks was built with it).
find_package(PkgConfig REQUIRED)
pkg_check_modules(Z3 REQUIRED IMPORTED_TARGET z3)   # Debian ships no CMake config for Z3
pkg_check_modules(GMP REQUIRED IMPORTED_TARGET gmp)
find_package(Boost 1.74 REQUIRED)                   # header-only Boost.Multiprecision
find_package(nlohmann_json 3 REQUIRED)
find_package(Threads REQUIRED)

if(QUARKS_WITH_COUNT)
  # GLPK and cddlib (in GMP rationals) ship no CMake or usable pkg-config
  # files for this, so each becomes an imported target of its own.
  find_library(QUARKS_GLPK_LIBRARY glpk REQUIRED)
  find_library(QUARKS_CDDGMP_LIBRARY cddgmp REQUIRED)
  find_library(QUARKS_GMPXX_LIBRARY gmpxx REQUIRED)
  find_path(QUARKS_CDD_INCLUDE_DIR cddlib/cdd.h REQUIRED)
  foreach(dependency glpk cddgmp gmpxx)
    string(TOUPPER ${dependency} upper)
    if(NOT TARGET quarks_dep::${dependency})
      add_library(quarks_dep::${dependency} UNKNOWN IMPORTED)
      set_target_properties(quarks_dep::${dependency} PROPERTIES IMPORTED_LOCATION ${QUARKS_${upper}_LIBRARY})
    endif()
  endforeach()
  set_target_properties(quarks_dep::cddgmp PROPERTIES INTERFACE_INCLUDE_DIRECTORIES ${QUARKS_CDD_INCLUDE_DIR})
  find_package(ZLIB REQUIRED)  # gzip certificate files (zlib1g-dev)
endif()
