# `cmake --install` layout and the Debian package (CPack DEB).
#   bin/dockside, bin/dockside-cli, bin/dockside-hq
#   share/applications/dockside.desktop, share/icons/hicolor/scalable/apps/dockside.svg
#   share/dockside/translations/*.qm (also embedded in the binaries), share/man/man1/*.1.gz
#   share/doc/dockside/examples/systemd/dockside-sync.{service,timer}
include(GNUInstallDirs)

install(TARGETS dockside dockside-cli dockside-hq RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES resources/desktop/dockside.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/icons/dockside.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES resources/systemd/dockside-sync.service resources/systemd/dockside-sync.timer
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/dockside/examples/systemd)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/dockside)
install(FILES resources/policy/README.md resources/policy/default.json DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/dockside/policy)
foreach(lang IN LISTS DOCKSIDE_LANGUAGES ITEMS en)
    install(FILES "${PROJECT_BINARY_DIR}/core/dockside_${lang}.qm"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/dockside/translations)
endforeach()

# Man pages: the version filled in, gzipped as Debian wants them.
set(dockside_man_pages)
foreach(page dockside dockside-cli dockside-hq)
    configure_file(resources/man/${page}.1 "${PROJECT_BINARY_DIR}/man/${page}.1" @ONLY)
    add_custom_command(OUTPUT "${PROJECT_BINARY_DIR}/man/${page}.1.gz"
        COMMAND gzip -9nf -k "${PROJECT_BINARY_DIR}/man/${page}.1"
        DEPENDS "${PROJECT_BINARY_DIR}/man/${page}.1" VERBATIM)
    list(APPEND dockside_man_pages "${PROJECT_BINARY_DIR}/man/${page}.1.gz")
endforeach()
add_custom_target(dockside_man ALL DEPENDS ${dockside_man_pages})
install(FILES ${dockside_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dockside)
set(CPACK_PACKAGE_VENDOR "Dockside")
set(CPACK_PACKAGE_CONTACT "Dockside maintainers <dev@dockside.local>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Returns dock station: receive, grade and route returned parcels")
set(CPACK_PACKAGE_DESCRIPTION
    "Dockside runs the receiving dock of a returns warehouse: scan parcels and items, check\n"
    "the return authorization, grade each item, suggest the disposition and refund, print LPN\n"
    "labels and tote manifests, and sync with head office. Includes dockside-cli and the\n"
    "reference head-office server dockside-hq.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY dockside)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip) # fast enough to build in a test
# Libraries from dpkg-shlibdeps; plus what is loaded at run time and so invisible to it: the SVG
# plugin for the icons; GStreamer for the camera is recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cups-client")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://dockside.local")
include(CPack)
