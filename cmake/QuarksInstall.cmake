# Installing quarks (docs/api.md). Two install components, which are also the
# two Debian packages that `cpack -G DEB` builds:
#   runtime (package quarks):     bin/quarks, bin/quarks-check-proofs and its
#                                 libexec/quarks/run_solver.sh, man pages, docs;
#   dev     (package quarks-dev): the public headers under include/quarks, the
#                                 static libraries and the CMake package
#                                 (find_package(quarks) -> quarks::quarks).
# `cmake --install build --prefix P` installs both.
include(CMakePackageConfigHelpers)

# The exported layers: what reading, generating and checking a witness and
# the census need (docs/api.md). io also writes the circuit and approximation
# files, so circuit and approx are installed as libraries for it to link, with
# no public headers; render, prove, capacity and cli stay inside quarks.
set(quarks_exported_libraries quarks_core quarks_claim quarks_circuit quarks_approx quarks_witness quarks_verify
    quarks_smt quarks_io)
if(QUARKS_WITH_COUNT)
  list(APPEND quarks_exported_libraries quarks_count)
endif()
foreach(library ${quarks_exported_libraries})
  string(REPLACE "quarks_" "" export_name ${library})
  set_target_properties(${library} PROPERTIES EXPORT_NAME ${export_name})  # quarks::core, quarks::io, ...
endforeach()
add_library(quarks_library INTERFACE)  # quarks::quarks, every exported layer
set_target_properties(quarks_library PROPERTIES EXPORT_NAME quarks)
target_link_libraries(quarks_library INTERFACE ${quarks_exported_libraries})

# The installed headers: the public set of docs/api.md and what it includes
# (tests/install checks that each one compiles from the installed tree alone).
set(quarks_installed_headers
    core/bigint.h core/boolean_operator.h core/cube.h core/error.h core/polynomial.h core/random.h
    claim/catalogue.h claim/claims.h claim/coverage.h claim/verdict.h
    witness/affine_selector.h witness/composition.h witness/dense_selector.h witness/extension.h witness/info.h
    witness/layer_gating.h witness/ptf.h witness/sign_vectors.h witness/threshold_functions.h witness/witness.h
    verify/exhaustive.h smt/z3_checker.h smt/encode.h
    io/file_check.h io/junit_xml.h io/report_json.h io/witness_json.h)
if(QUARKS_WITH_COUNT)
  list(APPEND quarks_installed_headers count/census.h count/replay.h count/tables.h count/geometry.h count/lp.h
       count/split.h count/walk.h core/gate_encoding.h)
endif()
set(QUARKS_INSTALLED_HEADERS ${quarks_installed_headers} CACHE INTERNAL "")
foreach(header ${quarks_installed_headers})
  get_filename_component(directory ${header} DIRECTORY)
  install(FILES ${PROJECT_SOURCE_DIR}/src/${header} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/quarks/${directory}
          COMPONENT dev)
endforeach()

set(quarks_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/quarks)
install(TARGETS ${quarks_exported_libraries} quarks_library EXPORT quarksTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev)
install(EXPORT quarksTargets NAMESPACE quarks:: DESTINATION ${quarks_cmake_dir} COMPONENT dev)
set(quarks_config_mpi OFF)
if(QUARKS_WITH_COUNT AND QUARKS_HAVE_MPI)
  set(quarks_config_mpi ON)
endif()
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/quarksConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/cmake/quarksConfig.cmake INSTALL_DESTINATION ${quarks_cmake_dir})
# 0.x: a new minor version may change the API.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cmake/quarksConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cmake/quarksConfig.cmake ${PROJECT_BINARY_DIR}/cmake/quarksConfigVersion.cmake
        DESTINATION ${quarks_cmake_dir} COMPONENT dev)
install(FILES ${PROJECT_SOURCE_DIR}/cmake/QuarksDependencies.cmake DESTINATION ${quarks_cmake_dir}
        RENAME quarksDependencies.cmake COMPONENT dev)

# The command, the proofs checker (docs/ci.md) and their man pages.
install(TARGETS quarks RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
set(QUARKS_VERSION ${PROJECT_VERSION})
configure_file(${PROJECT_SOURCE_DIR}/proofs/check_proofs.sh ${PROJECT_BINARY_DIR}/quarks-check-proofs @ONLY)
install(PROGRAMS ${PROJECT_BINARY_DIR}/quarks-check-proofs DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
install(PROGRAMS ${PROJECT_SOURCE_DIR}/proofs/run_solver.sh DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/quarks
        COMPONENT runtime)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/api.md ${PROJECT_SOURCE_DIR}/docs/ci.md
              ${PROJECT_SOURCE_DIR}/docs/witness-format.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)

# Man pages, generated at build time by help2man from --help (scripts/install-deps).
option(QUARKS_MAN_PAGES "Generate the man pages with help2man" ON)
if(QUARKS_MAN_PAGES)
  find_program(QUARKS_HELP2MAN help2man)
  if(NOT QUARKS_HELP2MAN)
    message(FATAL_ERROR "help2man not found (scripts/install-deps installs it); or configure with -DQUARKS_MAN_PAGES=OFF")
  endif()
  set(man_dir ${PROJECT_BINARY_DIR}/man)
  add_custom_command(OUTPUT ${man_dir}/quarks.1.gz ${man_dir}/quarks-check-proofs.1.gz
                     COMMAND bash ${PROJECT_SOURCE_DIR}/cmake/man-pages.sh $<TARGET_FILE:quarks>
                             ${PROJECT_BINARY_DIR}/quarks-check-proofs ${QUARKS_HELP2MAN} ${PROJECT_VERSION}
                             ${PROJECT_SOURCE_DIR} ${man_dir}
                     DEPENDS quarks ${PROJECT_BINARY_DIR}/quarks-check-proofs ${PROJECT_SOURCE_DIR}/cmake/man-pages.sh
                             ${PROJECT_SOURCE_DIR}/docs/man/quarks.h2m ${PROJECT_SOURCE_DIR}/docs/man/quarks-check-proofs.h2m
                     COMMENT "Generating the man pages (help2man)"
                     VERBATIM)
  add_custom_target(quarks_man_pages ALL DEPENDS ${man_dir}/quarks.1.gz ${man_dir}/quarks-check-proofs.1.gz)
  install(FILES ${man_dir}/quarks.1.gz ${man_dir}/quarks-check-proofs.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
          COMPONENT runtime)
endif()

# Debian packages: cpack -G DEB (run from the build directory) writes
# quarks_<version>-1_<arch>.deb and quarks-dev_<version>-1_<arch>.deb.
# dpkg-shlibdeps (dpkg-dev) derives the runtime package's Depends from the
# shared libraries the binary links (libz3-4, libgmp10, libglpk40, ...).
set(CPACK_PACKAGE_NAME quarks)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "quarks")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime dev)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(QUARKS_PACKAGE_MAINTAINER "quarks maintainers" CACHE STRING "Maintainer field of the Debian packages")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${QUARKS_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME quarks)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
# quarks-check-proofs runs the stock solvers; bash and coreutils are essential.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_RECOMMENDS "z3, cvc5")
# The first line of each description is Debian's synopsis (so no
# CPACK_PACKAGE_DESCRIPTION_SUMMARY, which CPack would put before it). No
# double quotes: CPack would pass them through its own quoting.
string(CONCAT CPACK_DEBIAN_RUNTIME_DESCRIPTION
       "checked witnesses for the capacity results of The Quarks of Attention\n"
       "quarks generates the constructive witnesses of the lemmas of Baldi and Vershynin's\n"
       "paper The Quarks of Attention as circuits with exact integer weights, checks each\n"
       "one exhaustively and with Z3, and exports every solver obligation as SMT-LIB2.\n"
       "quarks-check-proofs re-checks such proofs with z3 and cvc5.")
set(CPACK_DEBIAN_DEV_PACKAGE_NAME quarks-dev)
# The headers and static libraries need the development packages of what
# quarksConfig.cmake finds (cmake/QuarksDependencies.cmake).
set(quarks_dev_depends "quarks (= ${PROJECT_VERSION}-1), libz3-dev, libgmp-dev, libboost-dev (>= 1.74), "
                       "nlohmann-json3-dev, pkg-config")
if(QUARKS_WITH_COUNT)
  string(APPEND quarks_dev_depends ", libglpk-dev, libcdd-dev")
  if(quarks_config_mpi)
    string(APPEND quarks_dev_depends ", libopenmpi-dev")
  endif()
endif()
string(REPLACE ";" "" quarks_dev_depends "${quarks_dev_depends}")
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "${quarks_dev_depends}")
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
string(CONCAT CPACK_DEBIAN_DEV_DESCRIPTION
       "C++ library of quarks: read, generate and check witnesses\n"
       "Headers, static libraries and the CMake package (find_package(quarks)) for reading,\n"
       "generating and checking the witnesses of The Quarks of Attention from C++.")
include(CPack)
